import { describe, expect, it } from 'vitest';
import {
  EVENT_NAMES,
  INVOKE_NAMES,
  eventChannels,
  eventWireName,
  invokeChannels,
  invokeWireName,
  subscribeName,
} from '../../../../shared/ipc/contract';

describe('IPC contract', () => {
  it('names every channel once, with distinct wire names', () => {
    const wires = [...INVOKE_NAMES.map(invokeWireName), ...EVENT_NAMES.map(eventWireName)];
    expect(new Set(wires).size).toBe(wires.length);
    expect(wires.every((w) => w.startsWith('fcd:'))).toBe(true);
  });

  it('gives every channel a runtime schema that rejects junk', () => {
    for (const name of INVOKE_NAMES) {
      const spec = invokeChannels[name];
      expect(spec.kind).toBe('invoke');
      expect(spec.payload.safeParse(Symbol('x')).success, name).toBe(false);
      expect(spec.result.safeParse(undefined).success, name).toBe(false);
    }
    for (const name of EVENT_NAMES) {
      expect(eventChannels[name].kind).toBe('event');
      expect(eventChannels[name].payload.safeParse(undefined).success, name).toBe(false);
    }
  });

  it('derives the subscription method from the event name', () => {
    expect(subscribeName('settingsChanged')).toBe('onSettingsChanged');
  });
});
