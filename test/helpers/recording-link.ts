import type { DeviceLink } from '../../electron/services/engine/device-link';

export interface LinkStats {
  readonly commands: { readonly privilege: string; readonly command: string }[];
}

/** Wraps a DeviceLink and records every command the engine sends, for asserting what crossed the wire. */
export const recordingLink = (link: DeviceLink, stats: LinkStats): DeviceLink => ({
  connect: async () => {
    const connected = await link.connect();
    return {
      ...connected,
      runner: {
        ...connected.runner,
        run: (spec) => {
          stats.commands.push({ privilege: spec.privilege, command: spec.command });
          return connected.runner.run(spec);
        },
      },
    };
  },
});
