import { z } from 'zod';
import type { MessageKey } from '../i18n/dictionary';
import { en } from '../i18n/en/index';
import type { Message } from '../i18n/message';
import { DEVICE_TYPES, REGIONS } from './device';
import { isValidHost } from './host-address';
import { USERNAME_PATTERN } from './jump-host';
import {
  AUTH_METHODS,
  SECRET_KINDS,
  SECRET_UNAVAILABLE_REASONS,
  type DraftField,
  type FieldError,
  type ImportPreview,
  type ImportResult,
  type Profile,
  type ProfileDraft,
  type ProfileListItem,
  type SaveOutcome,
  type SecretAvailability,
  type StoreNotice,
} from './profile';
import { NAME_MAX, NOTES_MAX } from './profile-rules';

/**
 * Runtime schemas for profiles, shared by the IPC contract (main parses every payload and result
 * with them) and the profile file. Each is pinned to its model type with `satisfies`, so the
 * model and the wire cannot drift apart.
 */

const hasKey = (text: string): boolean => {
  let node: unknown = en;
  for (const part of text.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
};

/** A dictionary key the renderer can translate; anything else is refused at the boundary. */
export const messageKey = z.custom<MessageKey>((value) => typeof value === 'string' && hasKey(value));
export const messageSchema: z.ZodType<Message> = z.strictObject({
  key: messageKey,
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export const secretKind = z.enum(SECRET_KINDS);
export const authMethod = z.enum(AUTH_METHODS);
export const profileId = z.string().min(1).max(64).regex(/^[A-Za-z0-9-]+$/);

const hostSchema = z.string().min(1).max(253).refine(isValidHost);
const portSchema = z.number().int().min(1).max(65535);
const usernameSchema = z.string().regex(USERNAME_PATTERN);

export const profileAuthSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('password') }),
  z.strictObject({ method: z.literal('key'), keyPath: z.string().min(1).max(4096) }),
  z.strictObject({ method: z.literal('agent') }),
]);

export const jumpHostSchema = z.strictObject({
  username: usernameSchema,
  host: hostSchema,
  port: portSchema,
  auth: profileAuthSchema,
});

/** A saved profile, as the store returns it and the file holds it (current version). */
export const profileSchema = z.strictObject({
  id: profileId,
  name: z.string().min(1).max(NAME_MAX),
  host: hostSchema,
  port: portSchema,
  username: usernameSchema,
  auth: profileAuthSchema,
  deviceType: z.enum(DEVICE_TYPES),
  region: z.enum(REGIONS),
  jump: jumpHostSchema.optional(),
  notes: z.string().max(NOTES_MAX),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
}) satisfies z.ZodType<Profile>;

/** The form as typed. Only its shape is checked here; the rules (profile-rules.ts) say what is wrong. */
export const profileDraftSchema = z.strictObject({
  name: z.string().max(1000),
  host: z.string().max(1000),
  port: z.string().max(20),
  username: z.string().max(1000),
  auth: authMethod,
  keyPath: z.string().max(4096),
  deviceType: z.enum(DEVICE_TYPES),
  region: z.enum(REGIONS),
  jump: z.string().max(1000),
  jumpAuth: authMethod,
  jumpKeyPath: z.string().max(4096),
  notes: z.string().max(NOTES_MAX * 2),
}) satisfies z.ZodType<ProfileDraft>;

const draftField = z.enum(Object.keys(profileDraftSchema.shape) as [DraftField, ...DraftField[]]);

export const fieldErrorSchema = z.strictObject({ field: draftField, message: messageSchema }) satisfies z.ZodType<FieldError>;

export const saveOutcomeSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), profile: profileSchema }),
  z.strictObject({ ok: z.literal(false), errors: z.array(fieldErrorSchema).min(1).readonly() }),
]) satisfies z.ZodType<SaveOutcome>;

export const profileListItemSchema = z.strictObject({
  profile: profileSchema,
  builtIn: z.boolean(),
  savedSecrets: z.array(secretKind).readonly(),
}) satisfies z.ZodType<ProfileListItem>;

export const storeNoticeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('moved-aside'),
    file: z.enum(['profiles', 'secrets']),
    reason: z.enum(['unreadable', 'unparseable', 'unrecognized']),
    movedTo: z.string(),
  }),
  z.strictObject({ kind: z.literal('entries-skipped'), names: z.array(z.string()).readonly() }),
  z.strictObject({ kind: z.literal('newer-version'), version: z.number().int() }),
]) satisfies z.ZodType<StoreNotice>;

export const secretAvailabilitySchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('encrypted'), backend: z.string().optional() }),
  z.strictObject({
    state: z.literal('unavailable'),
    reason: z.enum(SECRET_UNAVAILABLE_REASONS),
    backend: z.string().optional(),
  }),
]) satisfies z.ZodType<SecretAvailability>;

export const importPreviewSchema = z.strictObject({
  items: z.array(
    z.strictObject({
      name: z.string(),
      host: z.string(),
      deviceType: z.enum(DEVICE_TYPES),
      action: z.enum(['add', 'replace']),
      warnings: z.array(messageSchema).readonly(),
    }),
  ).readonly(),
  invalid: z.array(
    z.strictObject({ position: z.number().int().min(1), name: z.string().optional(), errors: z.array(messageSchema).readonly() }),
  ).readonly(),
}) satisfies z.ZodType<ImportPreview>;

export const importResultSchema = z.strictObject({
  added: z.number().int().min(0),
  replaced: z.number().int().min(0),
  invalid: z.number().int().min(0),
}) satisfies z.ZodType<ImportResult>;
