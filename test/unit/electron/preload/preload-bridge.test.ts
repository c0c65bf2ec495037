import { describe, expect, it } from 'vitest';
import { buildPreloadBridge } from '../../../../electron/preload/index';
import {
  BRIDGE_GLOBAL,
  EVENT_NAMES,
  INVOKE_NAMES,
  eventWireName,
  invokeWireName,
  subscribeName,
} from '../../../../shared/ipc/contract';
import { fake } from '../../../helpers/fake-electron';

describe('preload bridge', () => {
  it('exposes exactly one method per contract channel and one subscription per event, on one global', () => {
    const exposed = fake.contextBridge.exposed.get(BRIDGE_GLOBAL) as Record<string, unknown>;
    expect(Object.keys(exposed).sort()).toEqual([...INVOKE_NAMES, ...EVENT_NAMES.map(subscribeName)].sort());
    expect(fake.contextBridge.exposed.size).toBe(1);
    expect(exposed).not.toHaveProperty('ipcRenderer');
    expect(exposed).not.toHaveProperty('send');
    expect(Object.isFrozen(exposed)).toBe(true);
  });

  it('invokes the contract wire name with the payload as given', async () => {
    const bridge = buildPreloadBridge(fake.ipcRenderer as never);
    await bridge.updateSettings({ language: 'ko' });
    expect(fake.ipcRenderer.invoked.at(-1)).toEqual({
      channel: invokeWireName('updateSettings'),
      payload: { language: 'ko' },
    });
  });

  it('passes listeners the payload only, and unsubscribes', () => {
    const bridge = buildPreloadBridge(fake.ipcRenderer as never);
    const seen: unknown[] = [];
    const off = bridge.onSettingsChanged((payload) => seen.push(payload));
    fake.ipcRenderer.emit(eventWireName('settingsChanged'), { sender: 'secret' }, { language: 'ko' });
    off();
    fake.ipcRenderer.emit(eventWireName('settingsChanged'), {}, { language: 'en' });
    expect(seen).toEqual([{ language: 'ko' }]);
  });
});
