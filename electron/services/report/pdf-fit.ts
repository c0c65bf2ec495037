/**
 * Whether text is surely shorter than a page at the report's sizes (about 4,000 characters of body
 * text fit on A4). pdfmake keeps only the first page of a block it must not break (unbreakable,
 * or rows kept with a table header) and silently drops the rest, so the report asks for such
 * blocks only around text this check accepts: device text inside a message can be any length.
 */
export const surelyFitsOnAPage = (...texts: readonly string[]): boolean => {
  const all = texts.join('\n');
  return all.length <= 1500 && all.split('\n').length <= 30;
};
