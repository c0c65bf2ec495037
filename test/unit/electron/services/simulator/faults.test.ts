import { describe, expect, it } from 'vitest';
import { FaultPlanner, garbageBytes, parseFault } from '../../../../../electron/services/simulator/faults';

describe('fault specs', () => {
  it('parses every fault kind with its options', () => {
    expect(parseFault('drop-session:after=3,times=2')).toEqual({ kind: 'drop-session', afterCommands: 3, times: 2 });
    expect(parseFault('drop-session:match=curl .*,x')).toEqual({ kind: 'drop-session', match: 'curl .*,x' });
    expect(parseFault('hang:match=^nslookup')).toEqual({ kind: 'hang', match: '^nslookup' });
    expect(parseFault('slow')).toEqual({ kind: 'slow', delayMs: 2000 });
    expect(parseFault('slow:delay=50,match=show')).toEqual({ kind: 'slow', delayMs: 50, match: 'show' });
    expect(parseFault('garbage:bytes=16')).toEqual({ kind: 'garbage', bytes: 16 });
    expect(parseFault('flood')).toEqual({ kind: 'flood' });
    expect(parseFault('flood:lines=20,match=^pmtool')).toEqual({ kind: 'flood', lines: 20, match: '^pmtool' });
    expect(parseFault('huge-log:size=1000')).toEqual({ kind: 'huge-log', sizeBytes: 1000 });
    expect(parseFault('wrong-sudo-password')).toEqual({ kind: 'wrong-sudo-password' });
    expect(parseFault('expert-disabled')).toEqual({ kind: 'expert-disabled' });
  });

  it('rejects unknown faults, options and bad values with one-line messages', () => {
    expect(() => parseFault('meteor')).toThrow(/unknown fault "meteor"/);
    expect(() => parseFault('slow:speed=1')).toThrow(/no option "speed"/);
    expect(() => parseFault('slow:delay=fast')).toThrow(/whole number/);
    expect(() => parseFault('hang')).toThrow(/needs match/);
    expect(() => parseFault('hang:match=(')).toThrow(/regular expression/);
  });
});

describe('fault planner', () => {
  it('drops once by default, then never again', () => {
    const planner = new FaultPlanner([{ kind: 'drop-session', match: 'curl' }]);
    expect(planner.plan('curl -v x', 1).drop).toBe(true);
    expect(planner.plan('curl -v x', 2).drop).toBe(false);
    expect(planner.plan('ls', 3).drop).toBe(false);
  });

  it('counts commands per connection for after=N', () => {
    const planner = new FaultPlanner([{ kind: 'drop-session', afterCommands: 2, times: 5 }]);
    expect([1, 2, 3].map((n) => planner.plan('x', n).drop)).toEqual([false, false, true]);
  });

  it('floods matching programs only (by their argv), 5000 lines by default, and never the command line as a whole', () => {
    const planner = new FaultPlanner([{ kind: 'flood', match: '^pmtool' }]);
    expect(planner.floodLines('pmtool status')).toBe(5000);
    expect(planner.floodLines('grep -i SSEConnector')).toBe(0);
    expect(planner.plan('pmtool status', 1)).toEqual({ delayMs: 0, hang: false, drop: false, garbage: 0 });
    expect(new FaultPlanner([{ kind: 'flood', lines: 7 }]).floodLines('anything')).toBe(7);
  });

  it('combines slow, garbage and hang for matching lines only', () => {
    const planner = new FaultPlanner([
      { kind: 'slow', delayMs: 30, match: 'show' },
      { kind: 'garbage', bytes: 8 },
      { kind: 'hang', match: '^nslookup' },
    ]);
    expect(planner.plan('show version', 1)).toEqual({ delayMs: 30, hang: false, drop: false, garbage: 8 });
    expect(planner.plan('nslookup x', 2)).toEqual({ delayMs: 0, hang: true, drop: false, garbage: 8 });
  });

  it('makes deterministic binary garbage with NUL, 0xFF and invalid UTF-8', () => {
    const bytes = garbageBytes(64);
    expect(bytes).toEqual(garbageBytes(64));
    expect([...bytes.subarray(0, 4)]).toEqual([0x00, 0xff, 0xc3, 0x28]);
  });
});
