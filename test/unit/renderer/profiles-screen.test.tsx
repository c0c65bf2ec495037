import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataFiles } from '../../../electron/services/paths';
import { renderApp as renderWholeApp } from './render-app';

const renderApp = async (prepare?: (userDataDir: string) => void) => {
  const rendered = await renderWholeApp(prepare);
  await screen.findByRole('heading', { name: 'Simulated device' });
  return rendered;
};

const type = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });

describe('Profiles screen (jsdom, real services in-process)', () => {
  it('adds a device through the dialog and lists it after the simulated one', async () => {
    const { store } = await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Add device' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a device' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: /^Name/ }));
    type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Busan FMC');
    type(within(dialog).getByRole('textbox', { name: /^Host name/ }), 'fmc.busan.example.com');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'FMC' }));
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const names = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(names).toEqual(['Simulated device', 'Busan FMC']);
    expect(store.getState().profileItems[1]?.profile).toMatchObject({ deviceType: 'fmc', host: 'fmc.busan.example.com' });
  });

  it('shows a message only after a field was typed in and left, and every message on Save', async () => {
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Add device' }));
    const dialog = screen.getByRole('dialog');
    const name = within(dialog).getByRole('textbox', { name: /^Name/ });
    fireEvent.blur(name);
    expect(within(dialog).queryByText('Give the device a name.')).toBeNull();
    const host = within(dialog).getByRole('textbox', { name: /^Host name/ });
    type(host, 'bad host');
    fireEvent.blur(host);
    expect(within(dialog).getByText(/^Enter a host name/)).toBeInTheDocument();
    expect(host).toHaveAttribute('aria-invalid', 'true');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    });
    expect(within(dialog).getByRole('alert')).toHaveTextContent('2 fields need attention.');
    expect(within(dialog).getByText('Give the device a name.')).toBeInTheDocument();
    expect(document.activeElement).toBe(name);
  });

  it('says when the computer cannot encrypt, offers no password boxes, and asks every time', async () => {
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Add device' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText(/Passwords cannot be saved on this computer: no secure storage is available here\. The app will ask for them every time you connect\./)).toBeInTheDocument();
    expect(within(dialog).getAllByText('Ask every time')).toHaveLength(2);
    expect(dialog.querySelector('input[type="password"]')).toBeNull();
  });

  it('closes on Escape, returns focus to the opener, and makes the page behind inert while open', async () => {
    await renderApp();
    const opener = screen.getByRole('button', { name: 'Import…' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Import devices' });
    const backdrop = dialog.parentElement!;
    const others = [...document.body.children].filter((el) => el !== backdrop);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((el) => el.hasAttribute('inert'))).toBe(true);
    // Tab from the last control wraps to the first.
    const buttons = within(dialog).getAllByRole('button');
    buttons.at(-1)!.focus();
    fireEvent.keyDown(document.activeElement!, { key: 'Tab' });
    expect(dialog.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(others.some((el) => el.hasAttribute('inert'))).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('start troubleshooting selects the device and opens the session screen', async () => {
    const { store } = await renderApp();
    const simulated = screen.getByRole('listitem', { name: 'Simulated device' });
    fireEvent.click(within(simulated).getByRole('button', { name: 'Start troubleshooting' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Troubleshooting session');
    expect(store.getState().selectedProfileId).toBe('simulated');
  });

  it('shows a corrupt profile file as a notice naming where it was kept, until dismissed', async () => {
    await renderApp((dir) => writeFileSync(dataFiles(dir).profiles, '{"version": 2, "profiles": ['));
    const alert = await screen.findByText(/Your saved devices file could not be read \(it is not valid JSON\)\. It was kept as .*profiles\.json\.corrupt-/);
    fireEvent.click(within(alert.closest('[role="alert"]') as HTMLElement).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });

  it('searches names, hosts and notes, and says when nothing matches', async () => {
    const { api } = await renderApp();
    await api.createProfile({ draft: { name: 'Seoul FTD', host: '192.0.2.41', port: '22', username: 'admin', auth: 'agent', keyPath: '', deviceType: 'ftd', region: 'apj', jump: '', jumpAuth: 'agent', jumpKeyPath: '', notes: 'behind the proxy' } });
    await screen.findByRole('heading', { name: 'Seoul FTD' });
    const search = screen.getByRole('searchbox', { name: 'Search devices' });
    type(search, 'PROXY');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Seoul FTD']);
    type(search, 'simulated');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Simulated device']);
    type(search, 'jeju');
    expect(screen.getByText('No device matches “jeju”.')).toBeInTheDocument();
  });
});
