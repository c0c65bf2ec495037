/**
 * The part of pdfmake 0.3's Node entry point (`module.exports = new pdfmake()`) we call. pdfmake
 * ships no types, and @types/pdfmake describes 0.2, whose API differs (no access policies).
 */
declare module 'pdfmake' {
  interface PdfmakeServer {
    setFonts(fonts: Readonly<Record<string, Readonly<Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>>>): void;
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
    setLocalAccessPolicy(policy: (path: string) => boolean): void;
    createPdf(doc: object): { getBuffer(): Promise<Buffer> };
    readonly virtualfs: { existsSync(name: string): boolean; writeFileSync(name: string, data: Buffer): void };
  }
  const pdfmake: PdfmakeServer;
  export default pdfmake;
}
