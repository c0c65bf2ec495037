import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app';

describe('app frame', () => {
  it('shows the four screens in the navigation and switches between them', async () => {
    await renderApp();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav).toBeInTheDocument();
    for (const label of ['Devices', 'Troubleshoot', 'Report', 'Settings']) {
      expect(screen.getByRole('button', { name: label })).toBeInTheDocument();
    }
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Devices');
    fireEvent.click(screen.getByRole('button', { name: 'Troubleshoot' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Troubleshooting session');
    expect(screen.getByRole('button', { name: 'Troubleshoot' })).toHaveAttribute('aria-current', 'page');
  });

  it('switches to Korean and back, and keeps the choice in main', async () => {
    const { api } = await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('radio', { name: '한국어' }));
    });
    expect(await screen.findByRole('button', { name: '설정' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ko');
    await vi.waitFor(async () => expect(await api.getSettings({})).toEqual({ language: 'ko' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    });
    expect(await screen.findByRole('button', { name: 'Settings' })).toBeInTheDocument();
  });
});
