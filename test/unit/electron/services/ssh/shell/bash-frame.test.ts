import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { commandLine, FrameReader } from '../../../../../../electron/services/ssh/shell/bash-frame';

const NONCE = '0123456789abcdef';

/** What bash prints for one framed command: junk before, the start marker, output, the end marker, a prompt. */
const wire = (output: Buffer, exitCode: number, crlf = false) =>
  Buffer.concat([
    Buffer.from(`\x1b[?2004l\rjunk admin@firepower:~$ <FCD:${NONCE}:S>${crlf ? '\r\n' : '\n'}`),
    output,
    Buffer.from(`${crlf ? '\r\n' : '\n'}<FCD:${NONCE}:E:${exitCode}>${crlf ? '\r\n' : '\n'}admin@firepower:~$ `),
  ]);

const readAll = (bytes: Buffer, cuts: number[], maxBytes = 1 << 20, crlf = false) => {
  const kept: Buffer[] = [];
  const reader = new FrameReader(NONCE, { maxBytes, crlf, onBytes: (b) => kept.push(b) });
  let done = false;
  let at = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < bytes.length)].sort((a, b) => a - b).concat(bytes.length)) {
    if (cut <= at) continue;
    done = reader.push(bytes.subarray(at, cut));
    at = cut;
  }
  return { done, output: Buffer.concat(kept), exitCode: reader.exitCode, truncated: reader.truncatedBytes };
};

describe('framed command line', () => {
  it('never contains its own markers, so an echoed command cannot end the frame', () => {
    const line = commandLine(NONCE, `cat '/tmp/it''s' ; echo "<FCD:${NONCE}:E:0>"`);
    expect(line).not.toContain(`<FCD:${NONCE}:S>`);
    expect(line).toContain(`eval 'cat '\\''/tmp/it'\\'''\\''s'\\'' ; echo "<FCD:${NONCE}:E:0>"' </dev/null`);
  });
});

describe('FrameReader', () => {
  test.prop([fc.uint8Array({ maxLength: 600 }), fc.array(fc.nat({ max: 800 }), { maxLength: 12 }), fc.integer({ min: 0, max: 255 })])(
    'returns exactly the bytes between the markers, however the stream is cut',
    (output, cuts, code) => {
      const body = Buffer.from(output);
      const result = readAll(wire(body, code), cuts);
      expect(result.done).toBe(true);
      expect(result.exitCode).toBe(code);
      expect(result.output.equals(body)).toBe(true);
    },
  );

  it('keeps prompt and marker look-alikes that are inside the output', () => {
    // The nonce is 64 random bits per command: output cannot know it, only imitate the shape.
    const body = Buffer.from('root@firepower:common# \n<FCD:fedcba9876543210:E:0>\n<FCD:ffffffffffffffff:S>\n> ');
    const result = readAll(wire(body, 0), [30, 31, 60, 61, 62]);
    expect(result.output.toString()).toBe(body.toString());
  });

  it('keeps maxBytes and counts the rest', () => {
    const body = Buffer.alloc(10_000, 0x78);
    const capped = readAll(wire(body, 0), [100, 4000, 9000], 1000);
    expect(capped.output.length).toBe(1000);
    expect(capped.truncated).toBe(9000);
    expect(capped.exitCode).toBe(0);
  });

  it('strips only our own CRLF when the terminal could not be set to raw newlines', () => {
    const body = Buffer.from('line one\r\nline two\r\n');
    expect(readAll(wire(body, 2, true), [5], 1 << 20, true).output.toString()).toBe('line one\r\nline two\r\n');
  });
});
