import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

const key = { role: 'target' as const, host: '192.0.2.10', port: 22, keyType: 'ssh-ed25519', fingerprint: 'SHA256:VoX6hB7+wqlC0EcJH29t/yi7VjyWXScY2ZKDQhafCQc', otherKnownTypes: [] };

describe('prompt dialogs', () => {
  it('shows an unknown host key with its SHA256 fingerprint, focused on "Do not connect", and answers main', async () => {
    const { shared } = await renderApp();
    let answer: Promise<boolean> | undefined;
    act(() => {
      answer = shared.prompts.askHostKey(key);
    });
    const dialog = await screen.findByRole('alertdialog', { name: 'Unknown host key' });
    expect(dialog).toHaveTextContent(key.fingerprint);
    expect(screen.getByRole('button', { name: 'Do not connect' })).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Trust and connect' }));
    await expect(answer).resolves.toBe(true);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('Escape refuses the key', async () => {
    const { shared } = await renderApp();
    let answer: Promise<boolean> | undefined;
    act(() => {
      answer = shared.prompts.askHostKey({ ...key, otherKnownTypes: ['ssh-rsa'] });
    });
    await screen.findByText(/may have been reinstalled/);
    fireEvent.keyDown(document, { key: 'Escape' });
    await expect(answer).resolves.toBe(false);
  });

  it('asks a sudo password without echo, sends it once, and keeps nothing', async () => {
    const { shared } = await renderApp();
    let answer: Promise<string | undefined> | undefined;
    act(() => {
      answer = shared.prompts.askSecret({ secret: 'sudo-password', host: 'ftd01', username: 'admin', retry: true });
    });
    await screen.findByRole('dialog', { name: 'Password for sudo on ftd01' });
    expect(screen.getByRole('alert')).toHaveTextContent('refused the previous one');
    const input = screen.getByLabelText('Password');
    expect(input).toHaveAttribute('type', 'password');
    fireEvent.change(input, { target: { value: 'Admin123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await expect(answer).resolves.toBe('Admin123');
    expect(document.body.innerHTML).not.toContain('Admin123');
  });

  it('closes a dialog main has given up on', async () => {
    const { shared } = await renderApp();
    act(() => {
      void shared.prompts.askSecret({ secret: 'password', host: 'ftd01', username: 'admin', retry: false });
    });
    await screen.findByRole('dialog', { name: 'Password for admin@ftd01' });
    act(() => shared.prompts.cancelAll());
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
