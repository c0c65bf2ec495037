import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as electron from 'electron';
import { runMain } from '../../electron/main/app-main';
import { BrowserWindow, fake } from './fake-electron';

/** A fake dist/: main's __dirname is dist/main, the renderer is dist/renderer. */
export const makeDist = (): string => {
  const dist = mkdtempSync(join(tmpdir(), 'fcd-dist-'));
  mkdirSync(join(dist, 'main'));
  mkdirSync(join(dist, 'renderer'));
  writeFileSync(join(dist, 'renderer', 'index.html'), '<!doctype html><title>x</title>');
  return join(dist, 'main');
};

/** Run main against the fake `electron` with a fresh user-data folder, until its window exists. */
export const startMain = async (userData = mkdtempSync(join(tmpdir(), 'fcd-user-'))) => {
  fake.app.userData = userData;
  runMain(electron, makeDist());
  fake.app.readyResolve?.();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const window = BrowserWindow.created[0];
  if (!window) throw new Error('no window created');
  return window;
};
