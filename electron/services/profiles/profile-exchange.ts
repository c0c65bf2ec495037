import { message, type Message } from '../../../shared/i18n/message';
import { DEVICE_TYPES, REGIONS } from '../../../shared/model/device';
import { formatJumpHost } from '../../../shared/model/jump-host';
import {
  AUTH_METHODS,
  type ImportInvalidEntry,
  type ImportPreview,
  type ImportPreviewItem,
  type ImportResult,
  type Profile,
  type ProfileDraft,
  type ProfileInput,
} from '../../../shared/model/profile';
import { EMPTY_DRAFT, sameName, validateProfileDraft } from '../../../shared/model/profile-rules';
import { checkKeyFile } from './key-file';
import { interpretProfileDoc, PROFILE_DEFAULTS } from './profile-file';

/**
 * The export format, versioned apart from the profile file (it travels between machines and
 * versions): `{ "format": "firepower-cloud-doctor/profiles", "version": 1, "exportedAt": ISO,
 * "profiles": [ProfileInput, …] }`. No ids, no times, and never a secret: profiles hold none.
 */
export const EXPORT_FORMAT = 'firepower-cloud-doctor/profiles';
export const EXPORT_VERSION = 1;
/** More than any fleet an admin would keep in one file; protects the preview from a pasted log. */
export const IMPORT_MAX_ENTRIES = 2000;

const exportEntry = (profile: Profile): ProfileInput => ({
  name: profile.name,
  host: profile.host,
  port: profile.port,
  username: profile.username,
  auth: profile.auth,
  deviceType: profile.deviceType,
  region: profile.region,
  ...(profile.jump ? { jump: profile.jump } : {}),
  notes: profile.notes,
});

export const exportProfiles = (profiles: readonly Profile[], now: Date): { text: string; fileName: string; count: number } => ({
  text: `${JSON.stringify(
    { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), profiles: profiles.map(exportEntry) },
    null,
    2,
  )}\n`,
  fileName: `firepower-cloud-doctor-devices-${now.toISOString().slice(0, 10)}.json`,
  count: profiles.length,
});

const text = (value: unknown, fallback = ''): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback;
const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T | undefined =>
  value === undefined ? fallback : values.find((v) => v === value);
const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/**
 * An exported entry as the form would hold it, so the same rules (and messages) judge it. Missing
 * fields take the profile defaults; a value of the wrong kind is reported, not guessed.
 */
const draftFromEntry = (raw: unknown): { draft: ProfileDraft; errors: Message[] } => {
  const entry = record(raw);
  const auth = record(entry.auth ?? PROFILE_DEFAULTS.auth);
  const jump = entry.jump === undefined ? undefined : record(entry.jump);
  const jumpAuth = record(jump?.auth ?? { method: 'agent' });
  const deviceType = oneOf(DEVICE_TYPES, entry.deviceType, PROFILE_DEFAULTS.deviceType);
  const region = oneOf(REGIONS, entry.region, PROFILE_DEFAULTS.region);
  const method = oneOf(AUTH_METHODS, auth.method, 'password');
  const jumpMethod = oneOf(AUTH_METHODS, jumpAuth.method, 'agent');
  const errors: Message[] = [];
  if (!deviceType || !region || !method || !jumpMethod || (entry.jump !== undefined && !jump)) {
    errors.push(message('profiles.validation.invalid'));
  }
  const jumpText =
    jump && typeof jump.host === 'string'
      ? formatJumpHost({ username: text(jump.username), host: jump.host, port: Number(jump.port ?? 22) })
      : '';
  return {
    errors,
    draft: {
      ...EMPTY_DRAFT,
      name: text(entry.name),
      host: text(entry.host),
      port: text(entry.port, String(PROFILE_DEFAULTS.port)),
      username: text(entry.username),
      auth: method ?? 'password',
      keyPath: text(auth.keyPath),
      deviceType: deviceType ?? 'ftd',
      region: region ?? 'us',
      jump: jumpText,
      jumpAuth: jumpMethod ?? 'agent',
      jumpKeyPath: text(jumpAuth.keyPath),
      notes: text(entry.notes),
    },
  };
};

/** Raw entries from an export, or from a copy of the profile file itself (any version we know). */
const entriesOf = (value: unknown, now: Date): { ok: true; entries: readonly unknown[] } | { ok: false; error: Message } => {
  const doc = record(value);
  if (doc.format === EXPORT_FORMAT) {
    const version = typeof doc.version === 'number' ? doc.version : NaN;
    if (version > EXPORT_VERSION) return { ok: false, error: message('profiles.importDialog.newerFormat', { version }) };
    if (version === EXPORT_VERSION && Array.isArray(doc.profiles)) return { ok: true, entries: doc.profiles };
    return { ok: false, error: message('profiles.importDialog.notProfiles') };
  }
  const file = interpretProfileDoc(value, now);
  if (file.kind === 'ok') return { ok: true, entries: [...file.profiles, ...file.skipped] };
  return { ok: false, error: message('profiles.importDialog.notProfiles') };
};

interface Planned {
  readonly input: ProfileInput;
  readonly warnings: readonly Message[];
}

/** What an import text holds, judged by the same rules as the form. Independent of the saved list. */
export type ImportParse =
  | { readonly ok: true; readonly valid: readonly Planned[]; readonly invalid: readonly ImportInvalidEntry[] }
  | { readonly ok: false; readonly error: Message };

export const parseImport = async (importText: string, now: Date, home?: string): Promise<ImportParse> => {
  let value: unknown;
  try {
    value = JSON.parse(importText);
  } catch (error) {
    return { ok: false, error: message('profiles.importDialog.notJson', { detail: error instanceof Error ? error.message : '' }) };
  }
  const found = entriesOf(value, now);
  if (!found.ok) return found;
  if (found.entries.length > IMPORT_MAX_ENTRIES) return { ok: false, error: message('profiles.importDialog.notProfiles') };
  const invalid: ImportInvalidEntry[] = [];
  const valid: (Planned & { position: number })[] = [];
  for (const [index, raw] of found.entries.entries()) {
    const position = index + 1;
    const { draft, errors } = draftFromEntry(raw);
    const checked = validateProfileDraft(draft);
    const name = draft.name.trim() || undefined;
    if (!checked.ok || errors.length > 0) {
      invalid.push({ position, ...(name ? { name } : {}), errors: [...errors, ...checked.errors.map((e) => e.message)] });
      continue;
    }
    const earlier = valid.findIndex((p) => sameName(p.input.name, checked.value.name));
    if (earlier >= 0) {
      const [dropped] = valid.splice(earlier, 1);
      if (dropped) {
        invalid.push({
          position: dropped.position,
          name: dropped.input.name,
          errors: [message('profiles.importDialog.duplicateInFile', { name: dropped.input.name })],
        });
      }
    }
    const warnings: Message[] = [];
    for (const auth of [checked.value.auth, checked.value.jump?.auth]) {
      if (auth?.method === 'key' && (await checkKeyFile(auth.keyPath, home))) {
        warnings.push(message('profiles.importDialog.keyFileMissingHere', { path: auth.keyPath }));
      }
    }
    valid.push({ position, input: checked.value, warnings });
  }
  invalid.sort((a, b) => a.position - b.position);
  return { ok: true, valid, invalid };
};

/** The preview: each valid entry is added, or replaces the saved device of the same name. */
export const previewImport = (parsed: Extract<ImportParse, { ok: true }>, current: readonly Profile[]): ImportPreview => ({
  items: parsed.valid.map(
    (planned): ImportPreviewItem => ({
      name: planned.input.name,
      host: planned.input.host,
      deviceType: planned.input.deviceType,
      action: current.some((p) => sameName(p.name, planned.input.name)) ? 'replace' : 'add',
      warnings: planned.warnings,
    }),
  ),
  invalid: parsed.invalid,
});

/**
 * Apply an import to the current list. A replaced device keeps its id (so its saved secrets and
 * its place in the list stay) and its creation time; the rest is taken from the file.
 */
export const applyImport = (
  parsed: Extract<ImportParse, { ok: true }>,
  current: readonly Profile[],
  now: Date,
  newId: () => string,
): { profiles: Profile[]; result: ImportResult } => {
  const time = now.toISOString();
  const profiles = [...current];
  let added = 0;
  let replaced = 0;
  for (const { input } of parsed.valid) {
    const index = profiles.findIndex((p) => sameName(p.name, input.name));
    const existing = profiles[index];
    if (existing) {
      profiles[index] = { ...input, id: existing.id, createdAt: existing.createdAt, updatedAt: time };
      replaced += 1;
    } else {
      profiles.push({ ...input, id: newId(), createdAt: time, updatedAt: time });
      added += 1;
    }
  }
  return { profiles, result: { added, replaced, invalid: parsed.invalid.length } };
};
