import { describe, expect, it } from 'vitest';
import { resolveWords } from '../../../../../electron/services/simulator/commands/clish';

const spec = (words: string[], params = false) => ({ words, params, run: () => Promise.resolve(0) });
const SPECS = [
  spec(['show', 'version']),
  spec(['show', 'network']),
  spec(['show', 'network-static-routes']),
  spec(['configure', 'network', 'dns', 'servers'], true),
  spec(['expert']),
];

describe('CLISH command resolution', () => {
  it('executes full words only', () => {
    expect(resolveWords(['show', 'version'], SPECS)).toMatchObject({ kind: 'exec', params: [] });
    expect(resolveWords(['configure', 'network', 'dns', 'servers', '1.1.1.1,8.8.8.8'], SPECS)).toMatchObject({
      kind: 'exec',
      params: ['1.1.1.1,8.8.8.8'],
    });
  });

  it('reports an abbreviation with its completions instead of running it', () => {
    expect(resolveWords(['sho', 'version'], SPECS)).toEqual({ kind: 'abbrev', index: 0, completions: ['show'] });
    expect(resolveWords(['show', 'ver'], SPECS)).toEqual({ kind: 'abbrev', index: 1, completions: ['version'] });
    expect(resolveWords(['show', 'net'], SPECS)).toEqual({
      kind: 'abbrev',
      index: 1,
      completions: ['network', 'network-static-routes'],
    });
  });

  it('tells incomplete from illegal', () => {
    expect(resolveWords(['show'], SPECS)).toEqual({ kind: 'incomplete' });
    expect(resolveWords(['configure', 'network', 'dns', 'servers'], SPECS)).toEqual({ kind: 'incomplete' });
    expect(resolveWords(['frob'], SPECS)).toEqual({ kind: 'illegal' });
    expect(resolveWords(['show', 'version', 'extra'], SPECS)).toEqual({ kind: 'illegal' });
  });
});
