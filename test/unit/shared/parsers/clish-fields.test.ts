import { describe, expect, it } from 'vitest';
import { findField, findSection, parseClishDocument } from '../../../../shared/parsers/clish-fields';

describe('parseClishDocument (the layout of CLISH show commands)', () => {
  const doc = parseClishDocument([
    '===============[ System Information ]===============',
    'Hostname                  : firepower',
    'DNS Servers               : 208.67.222.222',
    '                            2620:119:35::35',
    'IPv4 Default route',
    '  Gateway                 : data-interfaces',
    '',
    '==================[ management0 ]===================',
    'MAC Address               : 6C:03:09:EE:BD:00',
    '----------------------[ IPv4 ]----------------------',
    'Address                   : 192.168.45.45',
  ]);

  it('splits sections on major and minor headers', () => {
    expect(doc.sections.map((s) => [s.title, s.rule])).toEqual([
      [undefined, undefined],
      ['System Information', '='],
      ['management0', '='],
      ['IPv4', '-'],
    ]);
  });

  it('keeps colons inside values and reads deeply indented lines as continuations', () => {
    const system = findSection(doc, 'system information');
    expect(findField(system, 'DNS Servers')).toEqual({
      key: 'DNS Servers',
      value: '208.67.222.222',
      more: ['2620:119:35::35'],
      indent: 0,
    });
    expect(findField(findSection(doc, 'management0'), 'mac address')?.value).toBe('6C:03:09:EE:BD:00');
  });

  it('reads an indented sub-field and keeps a plain heading line apart', () => {
    const system = findSection(doc, 'System Information');
    expect(findField(system, 'Gateway')).toMatchObject({ value: 'data-interfaces', indent: 2 });
    expect(system?.plain).toEqual(['IPv4 Default route']);
  });
});
