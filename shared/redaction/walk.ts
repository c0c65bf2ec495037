const isStructural = (value: unknown): boolean =>
  typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string'));

/**
 * Apply a string function to every string of a JSON-like value, except strings (or lists of
 * strings) held directly under the given keys: ids, enums, timestamps and i18n keys, structure
 * that carries no device text and must stay valid. Objects under those keys are still walked
 * (a record's `checks` are results full of device text; a cause's `checks` are ids).
 * Inside `params` of a Message every value is device text, whatever its name, numbers included.
 */
export const mapStrings = (value: unknown, fn: (text: string) => string, skip: ReadonlySet<string>): unknown => {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, fn, skip));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (skip.has(key) && isStructural(child)) out[key] = child;
    else if (key === 'params') out[key] = mapParams(child, fn);
    else out[key] = mapStrings(child, fn, skip);
  }
  return out;
};

const mapParams = (params: unknown, fn: (text: string) => string): unknown => {
  if (typeof params !== 'object' || params === null) return params;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') out[name] = fn(value);
    else if (typeof value === 'number') {
      // A numeric parameter that happens to contain a secret is shown as the masked text.
      const text = String(value);
      const masked = fn(text);
      out[name] = masked === text ? value : masked;
    } else out[name] = mapStrings(value, fn, new Set());
  }
  return out;
};
