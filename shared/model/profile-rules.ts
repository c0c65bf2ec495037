import { z } from 'zod';
import type { MessageKey } from '../i18n/dictionary';
import { message, type Message } from '../i18n/message';
import { isValidHost } from './host-address';
import { formatJumpHost, parseJumpHost, parsePort, USERNAME_PATTERN } from './jump-host';
import {
  RESERVED_PROFILE_NAMES,
  type DraftField,
  type FieldError,
  type Profile,
  type ProfileAuth,
  type ProfileDraft,
  type ProfileInput,
} from './profile';

export const NAME_MAX = 80;
export const NOTES_MAX = 2000;

/** Zod messages here are dictionary keys, so one rule speaks English in the CLI and Korean in the UI. */
const key = (k: MessageKey): string => k;

/** Per-field rules over the typed text. Each field is checked on its own so every mistake shows at once. */
export const fieldRules = {
  name: z
    .string()
    .trim()
    .min(1, key('profiles.validation.nameRequired'))
    .max(NAME_MAX, key('profiles.validation.nameTooLong'))
    .regex(/^[^\p{Cc}]*$/u, key('profiles.validation.nameInvalid')),
  host: z.string().trim().min(1, key('profiles.validation.hostRequired')).refine(isValidHost, key('profiles.validation.hostInvalid')),
  port: z
    .string()
    .trim()
    .refine((text) => parsePort(text) !== undefined, key('profiles.validation.portInvalid'))
    .transform((text) => parsePort(text) ?? 0),
  username: z
    .string()
    .trim()
    .min(1, key('profiles.validation.usernameRequired'))
    .regex(USERNAME_PATTERN, key('profiles.validation.usernameInvalid')),
  keyPath: z
    .string()
    .trim()
    .min(1, key('profiles.validation.keyPathRequired'))
    .refine((path) => isFullPath(path), key('profiles.validation.keyPathNotAbsolute')),
  jump: z.string().trim().refine((text) => parseJumpHost(text) !== undefined, key('profiles.validation.jumpInvalid')),
  notes: z.string().max(NOTES_MAX, key('profiles.validation.notesTooLong')),
} as const;

/** Parameters some messages need, by key. */
const PARAMS: Partial<Record<string, Record<string, string | number>>> = {
  'profiles.validation.nameTooLong': { max: NAME_MAX },
  'profiles.validation.notesTooLong': { max: NOTES_MAX },
};

/** Absolute on POSIX or Windows, or under the home folder (`~/.ssh/id_ed25519`). */
export const isFullPath = (path: string): boolean =>
  path.startsWith('/') || path === '~' || path.startsWith('~/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');

const isMessageKey = (text: string): text is MessageKey => text.startsWith('profiles.validation.');

const firstError = <T>(schema: z.ZodType<T, string>, value: string): { ok: true; value: T } | { ok: false; message: Message } => {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const text = result.error.issues[0]?.message ?? '';
  const k: MessageKey = isMessageKey(text) ? text : 'profiles.validation.invalid';
  return { ok: false, message: message(k, PARAMS[k]) };
};

/** Check one field as the form shows it (the renderer calls this on blur for inline messages). */
export const validateField = (draft: ProfileDraft, field: DraftField): Message | undefined =>
  validateProfileDraft(draft).errors.find((error) => error.field === field)?.message;

export type DraftValidation =
  | { readonly ok: true; readonly value: ProfileInput; readonly errors: readonly [] }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/**
 * The rules every profile obeys, wherever it is typed: name, host name or IPv4/IPv6, port 1–65535,
 * user name, a key path when the method is key, jump host syntax. Rules that need the disk or
 * the other profiles (unique name, key file readable) run in the store, which reports them the
 * same way.
 */
export const validateProfileDraft = (draft: ProfileDraft): DraftValidation => {
  const errors: FieldError[] = [];
  const check = <T>(field: DraftField, schema: z.ZodType<T, string>, value: string): T | undefined => {
    const result = firstError(schema, value);
    if (result.ok) return result.value;
    errors.push({ field, message: result.message });
    return undefined;
  };
  const name = check('name', fieldRules.name, draft.name);
  if (name !== undefined && isReservedName(name)) {
    errors.push({ field: 'name', message: message('profiles.validation.nameReserved', { name }) });
  }
  const host = check('host', fieldRules.host, draft.host);
  const port = check('port', fieldRules.port, draft.port);
  const username = check('username', fieldRules.username, draft.username);
  const keyPath = draft.auth === 'key' ? check('keyPath', fieldRules.keyPath, draft.keyPath) : undefined;
  const notes = check('notes', fieldRules.notes, draft.notes);
  let jump: ProfileInput['jump'];
  if (draft.jump.trim() !== '') {
    check('jump', fieldRules.jump, draft.jump);
    const target = parseJumpHost(draft.jump.trim());
    const jumpKeyPath = draft.jumpAuth === 'key' ? check('jumpKeyPath', fieldRules.keyPath, draft.jumpKeyPath) : undefined;
    if (target && (draft.jumpAuth !== 'key' || jumpKeyPath !== undefined)) {
      jump = { ...target, auth: authOf(draft.jumpAuth, jumpKeyPath) };
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    errors: [],
    value: {
      name: name ?? '',
      host: host ?? '',
      port: port ?? 0,
      username: username ?? '',
      auth: authOf(draft.auth, keyPath),
      deviceType: draft.deviceType,
      region: draft.region,
      ...(jump ? { jump } : {}),
      notes: (notes ?? '').trim(),
    },
  };
};

const authOf = (method: ProfileDraft['auth'], keyPath: string | undefined): ProfileAuth =>
  method === 'key' ? { method, keyPath: keyPath ?? '' } : { method };

/** Case-insensitive, as admins think of names (and as Windows treats file names). */
export const sameName = (a: string, b: string): boolean =>
  a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'accent' }) === 0;

export const isReservedName = (name: string): boolean => RESERVED_PROFILE_NAMES.some((reserved) => sameName(reserved, name));

/** A new, empty form: FTD in the US region on port 22 is what most admins start from. */
export const EMPTY_DRAFT: ProfileDraft = {
  name: '',
  host: '',
  port: '22',
  username: 'admin',
  auth: 'password',
  keyPath: '',
  deviceType: 'ftd',
  region: 'us',
  jump: '',
  jumpAuth: 'agent',
  jumpKeyPath: '',
  notes: '',
};

/** The form filled from a saved profile (edit) or an imported entry. */
export const draftFromInput = (input: ProfileInput | Profile): ProfileDraft => ({
  name: input.name,
  host: input.host,
  port: String(input.port),
  username: input.username,
  auth: input.auth.method,
  keyPath: input.auth.method === 'key' ? input.auth.keyPath : '',
  deviceType: input.deviceType,
  region: input.region,
  jump: input.jump ? formatJumpHost(input.jump) : '',
  jumpAuth: input.jump?.auth.method ?? 'agent',
  jumpKeyPath: input.jump?.auth.method === 'key' ? input.jump.auth.keyPath : '',
  notes: input.notes,
});
