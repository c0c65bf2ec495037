import { createHash } from 'node:crypto';
import { z } from 'zod';
import { parseJumpHost } from '../../../shared/model/jump-host';
import type { Profile } from '../../../shared/model/profile';
import { profileSchema } from '../../../shared/model/profile-schema';

/**
 * The profile file's format, and how older formats become the current one.
 *
 * Version 2 (current): `{ "version": 2, "profiles": [Profile, …] }`.
 * Version 1 (the 0.x prototype): `{ "version": 1, "devices": [{ id, name, type: "FTD" | "FMC",
 * host, port, user, keyFile?, useAgent?, jumpHost?: "user@host:port", notes?, created, modified }] }`
 * — `user` not `username`, no region (it only knew the US cloud), times in epoch milliseconds,
 * the login method implied by `keyFile` / `useAgent`. test/fixtures/profiles/v1-profiles.json is one.
 */
export const PROFILE_FILE_VERSION = 2;

/**
 * Defaults under every stored entry ("versioned partials over defaults", ARCHITECTURE rule 12):
 * a field an older or hand-edited file lacks takes its default instead of making the entry unreadable.
 */
export const PROFILE_DEFAULTS = {
  port: 22,
  auth: { method: 'password' },
  deviceType: 'ftd',
  region: 'us',
  notes: '',
} as const;

/** The file as we understood it. `skipped` entries are kept verbatim and written back untouched. */
export interface ProfileDocument {
  readonly version: number;
  readonly profiles: readonly Profile[];
  readonly skipped: readonly unknown[];
  readonly skippedNames: readonly string[];
}

export type ProfileDocRead =
  | ({ readonly kind: 'ok' } & ProfileDocument)
  | { readonly kind: 'unrecognized'; readonly detail: string };

/** A stable id for an entry that has none (hand-written), so two reads agree on it before any save. */
const derivedId = (seed: string): string => `p-${createHash('sha256').update(seed).digest('hex').slice(0, 20)}`;

const v1Entry = z.looseObject({
  id: z.string().optional(),
  name: z.string(),
  type: z.string().optional(),
  host: z.string(),
  port: z.number().optional(),
  user: z.string().optional(),
  keyFile: z.string().optional(),
  useAgent: z.boolean().optional(),
  jumpHost: z.string().optional(),
  notes: z.string().optional(),
  created: z.number().optional(),
  modified: z.number().optional(),
});

/** v1 wrote the type as the product family said it: "FTD", "FMC", "Firepower Threat Defense", … */
const v1DeviceType = (type: string | undefined): string | undefined => {
  if (type === undefined) return undefined;
  if (/fmc|management/i.test(type)) return 'fmc';
  if (/ftd|threat\s*defen[cs]e/i.test(type)) return 'ftd';
  return type; // left as is: the entry fails validation and is kept aside, named, never guessed
};

const isoOrNow = (epochMs: number | undefined, now: Date): string =>
  (epochMs !== undefined && Number.isFinite(epochMs) ? new Date(epochMs) : now).toISOString();

/** One v1 entry in the v2 shape. An entry v1 itself could not have written is passed through as is. */
export const migrateV1Entry = (raw: unknown, now: Date): unknown => {
  const parsed = v1Entry.safeParse(raw);
  if (!parsed.success) return raw;
  const entry = parsed.data;
  const jump = entry.jumpHost ? parseJumpHost(entry.jumpHost.trim()) : undefined;
  return {
    ...(entry.id ? { id: entry.id } : {}),
    name: entry.name,
    host: entry.host,
    ...(entry.port === undefined ? {} : { port: entry.port }),
    ...(entry.user === undefined ? {} : { username: entry.user }),
    auth: entry.keyFile ? { method: 'key', keyPath: entry.keyFile } : entry.useAgent ? { method: 'agent' } : { method: 'password' },
    ...(entry.type === undefined ? {} : { deviceType: v1DeviceType(entry.type) }),
    // v1 had no jump-host login method: it went through the SSH agent.
    ...(entry.jumpHost ? { jump: jump ? { ...jump, auth: { method: 'agent' } } : entry.jumpHost } : {}),
    ...(entry.notes === undefined ? {} : { notes: entry.notes }),
    createdAt: isoOrNow(entry.created, now),
    updatedAt: isoOrNow(entry.modified ?? entry.created, now),
  };
};

/** Each step turns version N's document into version N+1's. */
const MIGRATIONS: Readonly<Record<number, (doc: Record<string, unknown>, now: Date) => Record<string, unknown>>> = {
  1: (doc, now) => ({
    version: 2,
    profiles: (doc.devices as unknown[]).map((entry) => migrateV1Entry(entry, now)),
  }),
};

const entriesKey = (version: number): string => (version === 1 ? 'devices' : 'profiles');

/** Merge one stored entry over the defaults and check it; undefined when it is not a profile. */
export const readEntry = (raw: unknown, index: number, now: Date, lenient = false): Profile | undefined => {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const entry = lenient ? knownFields(raw as Record<string, unknown>) : (raw as Record<string, unknown>);
  const seed = `${index}:${typeof entry.name === 'string' ? entry.name : ''}`;
  const merged = {
    ...PROFILE_DEFAULTS,
    id: derivedId(seed),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    ...entry,
  };
  const parsed = profileSchema.safeParse(merged);
  return parsed.success ? parsed.data : undefined;
};

/** A newer version may add fields we do not know: read the ones we do (the file is not written back). */
const knownFields = (entry: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(entry).filter(([field]) => field in profileSchema.shape));

const nameOf = (raw: unknown, index: number): string => {
  const name = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name : `#${index + 1}`;
};

/**
 * Interpret a parsed profile file (or an imported copy of one): recognise its version, migrate it
 * step by step to the current one, then read each entry over the defaults. A version newer than
 * ours is read as far as our schema understands it; the store then refuses to write it.
 */
export const interpretProfileDoc = (value: unknown, now: Date): ProfileDocRead => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'unrecognized', detail: 'not a JSON object' };
  }
  let doc = value as Record<string, unknown>;
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { kind: 'unrecognized', detail: 'no format version' };
  }
  if (!Array.isArray(doc[entriesKey(Math.min(version, PROFILE_FILE_VERSION))])) {
    return { kind: 'unrecognized', detail: `no "${entriesKey(version)}" list` };
  }
  for (let v = version; v < PROFILE_FILE_VERSION; v += 1) {
    const step = MIGRATIONS[v];
    if (!step) return { kind: 'unrecognized', detail: `no migration from version ${v}` };
    doc = step(doc, now);
  }
  const entries = doc.profiles as unknown[];
  const profiles: Profile[] = [];
  const skipped: unknown[] = [];
  const skippedNames: string[] = [];
  const ids = new Set<string>();
  entries.forEach((raw, index) => {
    const profile = readEntry(raw, index, now, version > PROFILE_FILE_VERSION);
    if (!profile) {
      skipped.push(raw);
      skippedNames.push(nameOf(raw, index));
      return;
    }
    // A hand-copied entry with the same id would make edits hit two devices: give it its own.
    const unique = ids.has(profile.id) ? { ...profile, id: derivedId(`${profile.id}:${index}`) } : profile;
    ids.add(unique.id);
    profiles.push(unique);
  });
  return { kind: 'ok', version, profiles, skipped, skippedNames };
};

/** The current format, pretty-printed so an admin can read (and diff) it. */
export const serializeProfileFile = (profiles: readonly Profile[], skipped: readonly unknown[]): string =>
  `${JSON.stringify({ version: PROFILE_FILE_VERSION, profiles: [...profiles, ...skipped] }, null, 2)}\n`;
