import { parseClishDocument, type ClishField } from './clish-fields';
import { toLines } from './normalize';
import { rejectEmptyOrFailed, unrecognized, type Unrecognized } from './unrecognized';

/**
 * `show managers` (CLISH, FTD) — check `device.managers`.
 *
 *   Registration              : Completed
 *
 * Sources: device-facts §1.4 (Type/Host/Display name/Identifier/Registration : Pending, Completed once
 * registered; 7.4 adds Version and Management type; FDM-managed devices print `Managed locally.`). Guide 000:
 * each FTD asks its FMC for the SSE registration token, so an unregistered FTD cannot enrol.
 */

/** `Registration :` — `completed`, `pending`, or `other` (the text is in `registrationText`). */
export type Registration = 'completed' | 'pending' | 'other';

/** One manager block. */
export interface Manager {
  readonly type?: string;
  readonly host: string;
  readonly displayName?: string;
  readonly identifier?: string;
  /** The manager's version when printed (7.4+: `7.4.2 (Build 172)`). */
  readonly version?: string;
  readonly registration: Registration;
  readonly registrationText: string;
  /** 7.4+: `Configuration and analytics` or `Analytics only`. */
  readonly managementType?: string;
}

/**
 * - `managers`: one block per manager (an HA pair or a cloud-delivered FMC plus an analytics FMC gives two).
 * - `managed-locally`: `Managed locally.` — FDM manages the device (information, not a failure).
 * - `none`: a "no manager configured" message (`text` quotes it).
 */
export type ShowManagersResult =
  | { readonly kind: 'managers'; readonly managers: readonly Manager[] }
  | { readonly kind: 'managed-locally' }
  | { readonly kind: 'none'; readonly text: string }
  | Unrecognized;

const keyIs = (f: ClishField, ...names: string[]) => names.some((n) => f.key.toLowerCase() === n.toLowerCase());

const registrationOf = (text: string): Registration =>
  /^completed\b/i.test(text) ? 'completed' : /^pending\b/i.test(text) ? 'pending' : 'other';

interface Draft {
  type?: string;
  host?: string;
  displayName?: string;
  identifier?: string;
  version?: string;
  registration?: string;
  managementType?: string;
}

/** Parses `show managers`; each manager needs its `Host` and `Registration` lines. */
export const parseShowManagers = (raw: string): ShowManagersResult => {
  const lines = toLines(raw);
  const rejected = rejectEmptyOrFailed(lines);
  if (rejected) return rejected;
  if (lines.some((l) => /^\s*Managed locally\.?\s*$/i.test(l))) return { kind: 'managed-locally' };
  const none = lines.find((l) => /^\s*no\s+(?:managers?|fmc)\b.*\b(?:configured|found|registered)\b/i.test(l));
  if (none) return { kind: 'none', text: none.trim() };

  const drafts: Draft[] = [];
  let current: Draft | undefined;
  const fields = parseClishDocument(lines).sections.flatMap((s) => s.fields);
  for (const f of fields) {
    const startsBlock = keyIs(f, 'Type') || (keyIs(f, 'Host') && current?.host !== undefined);
    if (startsBlock || !current) {
      current = {};
      drafts.push(current);
    }
    if (keyIs(f, 'Type')) current.type = f.value;
    else if (keyIs(f, 'Host')) current.host = f.value;
    else if (keyIs(f, 'Display name')) current.displayName = f.value;
    else if (keyIs(f, 'Identifier')) current.identifier = f.value;
    else if (keyIs(f, 'Version')) current.version = f.value;
    else if (keyIs(f, 'Registration')) current.registration = f.value;
    else if (keyIs(f, 'Management type')) current.managementType = f.value;
  }
  const blocks = drafts.filter((d) => d.host !== undefined || d.registration !== undefined);
  if (blocks.length === 0) return unrecognized('unknown-format', 'no manager block (Host, Registration)');
  const managers: Manager[] = [];
  for (const d of blocks) {
    if (!d.host || !d.registration) {
      return unrecognized('truncated', 'a manager block lacks its Host or Registration line');
    }
    managers.push({
      ...(d.type ? { type: d.type } : {}),
      host: d.host,
      ...(d.displayName ? { displayName: d.displayName } : {}),
      ...(d.identifier ? { identifier: d.identifier } : {}),
      ...(d.version ? { version: d.version } : {}),
      registration: registrationOf(d.registration),
      registrationText: d.registration,
      ...(d.managementType ? { managementType: d.managementType } : {}),
    });
  }
  return { kind: 'managers', managers };
};
