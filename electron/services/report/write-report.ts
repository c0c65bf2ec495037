import { writeFileAtomic } from '../fs/atomic-write';
import { renderReport, type RenderReportRequest } from './render-report';

export interface WriteReportRequest extends RenderReportRequest {
  /** The file to write; replaced atomically, never left half-written. */
  readonly path: string;
}

export interface WrittenReport {
  readonly path: string;
  readonly bytes: number;
}

/**
 * Render and save a report (the desktop app's "Export report", the CLI's --pdf/--out). Redaction
 * happens before rendering, so the file never holds a secret; the write is atomic (temp + rename).
 * Reports are documents for sharing: readable by the user's other programs (0644).
 */
export const writeReport = async (request: WriteReportRequest): Promise<WrittenReport> => {
  const { path, ...render } = request;
  const data = await renderReport(render);
  await writeFileAtomic(path, data, { mode: 0o644 });
  return { path, bytes: data.byteLength };
};
