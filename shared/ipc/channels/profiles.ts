import { z } from 'zod';
import {
  importPreviewSchema,
  importResultSchema,
  messageSchema,
  profileDraftSchema,
  profileId,
  profileListItemSchema,
  profileSchema,
  saveOutcomeSchema,
  secretAvailabilitySchema,
  secretKind,
  storeNoticeSchema,
} from '../../model/profile-schema';
import { event, invoke } from '../define';
import { empty } from '../schemas';

/** The largest import the renderer may send: far above any real fleet, below the bridge's 1 MiB frame. */
export const IMPORT_TEXT_MAX = 512 * 1024;
/** A password, passphrase or sudo password as typed; longer is a paste gone wrong. */
export const SECRET_MAX = 1024;

const byId = z.strictObject({ id: profileId });

/** What an import would do, or why the text is not an import at all. */
export const importPreviewResult = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), preview: importPreviewSchema }),
  z.strictObject({ ok: z.literal(false), error: messageSchema }),
]);

/**
 * Device profiles (issue 5). The renderer sends profile ids, drafts as typed, import text and
 * secrets to save; no result ever carries a secret back — only which kinds are saved.
 * `testConnection` is in the `connection` group (channels/connection.ts).
 */
export const profilesInvoke = {
  listProfiles: invoke(
    empty,
    z.strictObject({ profiles: z.array(profileListItemSchema).readonly(), notices: z.array(storeNoticeSchema).readonly() }),
  ),
  getProfile: invoke(byId, profileListItemSchema),
  createProfile: invoke(z.strictObject({ draft: profileDraftSchema }), saveOutcomeSchema),
  updateProfile: invoke(z.strictObject({ id: profileId, draft: profileDraftSchema }), saveOutcomeSchema),
  duplicateProfile: invoke(byId, profileSchema),
  deleteProfile: invoke(byId, z.strictObject({ id: profileId })),
  previewProfileImport: invoke(z.strictObject({ text: z.string().max(IMPORT_TEXT_MAX) }), importPreviewResult),
  applyProfileImport: invoke(
    z.strictObject({ text: z.string().max(IMPORT_TEXT_MAX) }),
    z.discriminatedUnion('ok', [
      z.strictObject({ ok: z.literal(true), result: importResultSchema }),
      z.strictObject({ ok: z.literal(false), error: messageSchema }),
    ]),
  ),
  exportProfiles: invoke(
    z.strictObject({ ids: z.array(profileId).max(10_000).readonly().optional() }),
    z.strictObject({ text: z.string(), fileName: z.string(), count: z.number().int().min(0) }),
  ),
  getSecretAvailability: invoke(empty, secretAvailabilitySchema),
  saveProfileSecret: invoke(
    z.strictObject({ id: profileId, kind: secretKind, value: z.string().min(1).max(SECRET_MAX) }),
    z.strictObject({ savedSecrets: z.array(secretKind).readonly() }),
  ),
  clearProfileSecrets: invoke(
    z.strictObject({ id: profileId, kind: secretKind.optional() }),
    z.strictObject({ savedSecrets: z.array(secretKind).readonly() }),
  ),
} as const;

export const profilesEvents = {
  /** Something changed the profile list (this app); the renderer reloads it. */
  profilesChanged: event(
    z.strictObject({
      reason: z.enum(['created', 'updated', 'duplicated', 'deleted', 'imported', 'secrets']),
      id: profileId.optional(),
    }),
  ),
} as const;
