import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_DRAFT } from '../../../shared/model/profile-rules';
import { dataFiles } from '../../../electron/services/paths';
import { startSimulator, type RunningSimulator } from '../../../electron/services/simulator/index';
import { fingerprintOf } from '../../../electron/services/ssh/known-hosts/host-key';
import { generateKeyPair } from '../../helpers/ssh-double/keys';
import { renderApp } from './render-app';

let sim: RunningSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const rowOf = (name: string) => screen.getByRole('heading', { name, level: 2 }).closest('li') as HTMLElement;

describe('Test connection on the Devices screen (jsdom, real services in-process)', () => {
  it('shows progress with the button still focusable, then the model and version; Hide clears it', async () => {
    const { store } = await renderApp();
    await screen.findByRole('heading', { name: 'Simulated device' });
    const row = rowOf('Simulated device');
    const button = within(row).getByRole('button', { name: 'Test connection' });
    button.focus();
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveTextContent('Testing…');
    expect(button).toHaveFocus();
    const status = within(row).getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status.textContent).toMatch(/Preparing the login…|Connecting to Simulated device and logging in…|Logged in\./);
    fireEvent.click(button); // ignored while running
    await waitFor(() => expect(status).toHaveTextContent(/^Connected: Cisco Firepower Threat Defense for VMware · \d+\.\d+\.\d+ \(build \d+\)$/), { timeout: 15_000 });
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(within(row).getByText(/the simulated device’s own key/)).toBeInTheDocument();
    expect(store.getState().connectionTests.simulated).toMatchObject({ status: 'done', result: { ok: true } });

    fireEvent.click(within(row).getByRole('button', { name: 'Hide the test result of Simulated device' }));
    expect(status).toBeEmptyDOMElement();
  });

  it('asks for a password that is not saved, and warns when the device is not the type saved or too old', async () => {
    sim = await startSimulator({ timeScale: 0.05, device: { version: '6.2.3', build: '85' } });
    const running = sim;
    const { api } = await renderApp((dir) => writeFileSync(dataFiles(dir).knownHosts, `${running.hostKeyLine}\n`));
    await act(async () => {
      await api.createProfile({ draft: { ...EMPTY_DRAFT, name: 'Saved as FMC', host: '127.0.0.1', port: String(running.port), deviceType: 'fmc' } });
    });
    const row = await waitFor(() => rowOf('Saved as FMC'));
    fireEvent.click(within(row).getByRole('button', { name: 'Test connection' }));
    const ask = await screen.findByRole('dialog', { name: 'Password for admin@127.0.0.1' });
    fireEvent.change(within(ask).getByLabelText('Password'), { target: { value: running.password } });
    fireEvent.click(within(ask).getByRole('button', { name: 'Continue' }));
    const status = within(row).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent(/^Connected: /), { timeout: 15_000 });
    expect(status).toHaveTextContent('This device is saved as an FMC, but it says it is a Threat Defense (FTD). Edit the device type so the right checks run.');
    expect(status).toHaveTextContent('Version 6.2.3 is older than 6.4.0: the SSE Connector, which the diagnosis checks, exists only from 6.4.0 on (guide 000).');
    expect(row.querySelector('.test-panel')).toHaveClass('test-warn');
  });
});

describe('Settings › Known hosts (jsdom)', () => {
  it('removes nothing when the line changed after it was listed, says so, and shows the file as it is now', async () => {
    const first = generateKeyPair('ed25519').public.split(' ')[1] ?? '';
    const second = generateKeyPair('ed25519').public.split(' ')[1] ?? '';
    const { store, userDataDir } = await renderApp((dir) => writeFileSync(dataFiles(dir).knownHosts, `[192.0.2.10]:2222 ssh-ed25519 ${first}\n`));
    act(() => store.getState().goTo({ kind: 'settings' }));
    const section = await screen.findByRole('region', { name: 'Known hosts' });
    fireEvent.click(await within(section).findByRole('button', { name: 'Remove the key of 192.0.2.10 (port 2222) (line 1)' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Remove the host key of 192.0.2.10 (port 2222)?' });
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus();

    // Meanwhile the device was reinstalled and its new key trusted (by the CLI, say).
    const file = dataFiles(userDataDir).knownHosts;
    writeFileSync(file, `[192.0.2.10]:2222 ssh-ed25519 ${second}\n`);
    await act(async () => {
      fireEvent.click(within(confirm).getByRole('button', { name: 'Remove key' }));
    });
    await within(section).findByText('The known hosts file changed since this list was shown, so nothing was removed. The list is up to date now.');
    expect(readFileSync(file, 'utf8')).toContain(second);
    const rows = within(section).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent(fingerprintOf(Buffer.from(second, 'base64')));
    expect(within(section).getByRole('heading', { name: 'Known hosts' })).toHaveFocus();
  });

  it('says there is nothing yet when no key is trusted', async () => {
    const { store } = await renderApp();
    act(() => store.getState().goTo({ kind: 'settings' }));
    const section = await screen.findByRole('region', { name: 'Known hosts' });
    await within(section).findByText(/^No host key is trusted yet\./);
    expect(within(section).queryByRole('table')).toBeNull();
  });
});
