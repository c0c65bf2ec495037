import { z } from 'zod';
import {
  CONNECTION_ERROR_KINDS,
  CONNECTION_TEST_STEPS,
  type ConnectionTestResult,
  type KnownHostEntry,
} from '../../model/connection-test';
import { profileId } from '../../model/profile-schema';
import { messageSchema } from '../model-schemas';
import { event, invoke } from '../define';
import { empty } from '../schemas';

const keyFacts = z.strictObject({ keyType: z.string(), fingerprint: z.string() });
const port = z.number().int().min(1).max(65535);

/** Annotated with its model type, so the schema and the model cannot drift apart. */
export const connectionTestResultSchema: z.ZodType<ConnectionTestResult> = z.discriminatedUnion('ok', [
  z.strictObject({
    ok: z.literal(true),
    device: z.discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('version'),
        source: z.enum(['show-version', 'sf-version', 'login-banner']),
        family: z.enum(['ftd', 'fmc', 'sensor']),
        branding: z.enum(['firepower', 'secure-firewall']),
        model: z.string(),
        version: z.string(),
        build: z.number().int().optional(),
        hostname: z.string().optional(),
      }),
      z.strictObject({
        kind: z.literal('unrecognized'),
        code: z.enum(['empty', 'command-not-found', 'permission-denied', 'no-such-file', 'cli-error', 'truncated', 'unknown-format']),
        reason: z.string(),
      }),
    ]),
    host: z.string(),
    port,
    username: z.string(),
    hostKey: keyFacts.extend({ trust: z.enum(['known', 'accepted', 'simulated']) }),
    algorithms: z.strictObject({ kex: z.string(), serverHostKey: z.string(), cipher: z.string(), mac: z.string(), legacy: z.boolean() }),
    authMethod: z.string(),
    landing: z.enum(['clish', 'expert', 'root']),
    durationMs: z.number().nonnegative(),
  }),
  z.strictObject({
    ok: z.literal(false),
    kind: z.enum(CONNECTION_ERROR_KINDS),
    message: messageSchema,
    host: z.string(),
    port,
    hostKey: keyFacts.optional(),
    knownHost: z.strictObject({ file: z.string(), line: z.number().int().min(1) }).optional(),
    durationMs: z.number().nonnegative(),
  }),
]);

export const knownHostEntrySchema: z.ZodType<KnownHostEntry> = z.strictObject({
  line: z.number().int().min(1),
  host: z.string().nullable(),
  port: z.number().int().nullable(),
  hosts: z.string(),
  hashed: z.boolean(),
  marker: z.enum(['@revoked', '@cert-authority']).nullable(),
  keyType: z.string(),
  fingerprint: z.string(),
});

/**
 * Reaching a device (issue 5, items 3 and 4): "Test connection" on a saved profile or the
 * simulated device, and the app's own known_hosts as Settings shows it. The renderer sends a
 * profile id, or a line and the fingerprint it showed; secrets and commands never cross here.
 */
export const connectionInvoke = {
  /** Connect, `show version`, disconnect. Bounded; a prompt it opened closes when it ends. */
  testConnection: invoke(z.strictObject({ profileId }), connectionTestResultSchema),
  listKnownHosts: invoke(empty, z.strictObject({ file: z.string(), entries: z.array(knownHostEntrySchema).readonly() })),
  /** Removed only when that line still holds that fingerprint; `removed: false` otherwise. */
  removeKnownHost: invoke(
    z.strictObject({ line: z.number().int().min(1).max(1_000_000), fingerprint: z.string().min(1).max(200) }),
    z.strictObject({ removed: z.boolean() }),
  ),
} as const;

export const connectionEvents = {
  /** Where a running test is, for its progress line. */
  connectionTestProgress: event(z.strictObject({ profileId, step: z.enum(CONNECTION_TEST_STEPS) })),
  /** A key was trusted or removed: Settings reloads its list. */
  knownHostsChanged: event(z.strictObject({ reason: z.enum(['accepted', 'removed']) })),
} as const;
