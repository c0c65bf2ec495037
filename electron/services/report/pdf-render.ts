import pdfmake from 'pdfmake';
import { fontData } from './font-data';
import { allFontPaths, type FontFiles } from './fonts';
import type { PdfDocument } from './pdf-types';

/**
 * Render a document definition with pdfmake 0.3 (the server build). The URL policy denies every
 * download and the local policy allows only our own font files, so nothing in a report (device
 * text included) can make pdfmake fetch a URL or read another file (stack.md, "pdfmake").
 */
export const renderPdf = async (doc: PdfDocument, files: FontFiles): Promise<Buffer> => {
  const printer = pdfmake;
  const allowed = new Set(allFontPaths(files));
  printer.setUrlAccessPolicy(() => false);
  printer.setLocalAccessPolicy((path) => allowed.has(path));
  // Hand pdfkit the bytes already in memory (pdfmake's virtual file system, keyed by the same paths).
  for (const path of allowed) if (!printer.virtualfs.existsSync(path)) printer.virtualfs.writeFileSync(path, fontData(path));
  // pdfmake rewrites the descriptors it is given, so hand it fresh copies every time.
  printer.setFonts({
    Sans: { normal: files.Sans.normal, bold: files.Sans.bold, italics: files.Sans.normal, bolditalics: files.Sans.bold },
    Mono: { normal: files.Mono.normal, bold: files.Mono.bold, italics: files.Mono.normal, bolditalics: files.Mono.bold },
  });
  return printer.createPdf({ ...doc }).getBuffer();
};
