import type { PlaceholderRegistry } from './placeholders';

/**
 * Host name masking: fully qualified names (recognised by a known top-level domain, so file names
 * such as connector.properties or events.go stay) and the device's own names, which are often a
 * single label ("firepower", "ftd01") seen in prompts like `root@ftd01:~#`.
 */
const GENERIC_TLDS =
  'com net org edu gov mil int arpa info biz name pro io app dev cloud online site tech xyz local localdomain lan internal intranet corp home example invalid test';
// ISO country codes in use as ccTLDs, minus those that are common file extensions in device output
// (cc, md, mk, ml, pl, pm, ps, py, rs, sh, so).
const COUNTRY_TLDS =
  'ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz ca cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc me mg mh mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pn pr pt pw qa re ro ru rw sa sb sc sd se sg si sk sl sm sn sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw';
const TLDS: ReadonlySet<string> = new Set(`${GENERIC_TLDS} ${COUNTRY_TLDS}`.split(' '));

/** The Cisco cloud's public names (guides 000 and 004): *.cisco.com, *.sourcefire.com, *.threatgrid.com. */
const CISCO_DOMAINS = ['cisco.com', 'sourcefire.com', 'threatgrid.com'] as const;
export const isCiscoHost = (name: string): boolean => {
  const lower = name.toLowerCase().replace(/\.$/, '');
  return CISCO_DOMAINS.some((domain) => lower === domain || lower.endsWith(`.${domain}`));
};

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const FQDN = new RegExp(`(?<![\\w.-])(?:${LABEL}\\.)+(${LABEL})(?![\\w-]|\\.[\\w-])`, 'gi');
const IPV4_LIKE = /^\d+(?:\.\d+)*$/;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface HostnameMasking {
  readonly keepCiscoHosts: boolean;
  /** The device's own names (hostname, the host the session connected to); masked wherever they stand alone. */
  readonly deviceNames: readonly string[];
}

/** Build the masking function once per report, so every name keeps its placeholder throughout. */
export const hostnameMasker = (registry: PlaceholderRegistry, options: HostnameMasking): ((text: string) => string) => {
  const names = new Set<string>();
  for (const raw of options.deviceNames) {
    const name = raw.trim().replace(/\.$/, '');
    if (!/^[\w-]+(?:\.[\w-]+)*$/.test(name) || IPV4_LIKE.test(name)) continue;
    names.add(name);
    const short = name.split('.')[0] ?? name;
    // The short name in a prompt (root@ftd01:~#) is the same machine as ftd01.corp.example.com.
    if (short !== name) {
      registry.alias('HOST', name.toLowerCase(), short.toLowerCase());
      names.add(short);
    }
  }
  const shortNames = new Set([...names].map((n) => n.split('.')[0]?.toLowerCase() ?? ''));
  const explicit = names.size
    ? new RegExp(
        `(?<![\\w.-])(?:${[...names]
          .sort((a, b) => b.length - a.length)
          .map(escapeRegExp)
          .join('|')})(?![\\w-]|\\.[\\w-])`,
        'g',
      )
    : undefined;

  const maskFqdn = (name: string, tld: string, offset: number, whole: string): string => {
    if (!TLDS.has(tld.toLowerCase())) return name;
    // A path segment (/etc/sf/foo.com) is not a host; a URL's host (https://host) is.
    if (whole[offset - 1] === '/' && whole[offset - 2] !== '/') return name;
    const first = name.split('.')[0]?.toLowerCase() ?? '';
    if (options.keepCiscoHosts && isCiscoHost(name) && !shortNames.has(first)) return name;
    return registry.get('HOST', name.toLowerCase().replace(/\.$/, ''));
  };

  return (text) => {
    const named = explicit ? text.replace(explicit, (name) => registry.get('HOST', name.toLowerCase())) : text;
    return named.replace(FQDN, (name: string, tld: string, offset: number, whole: string) =>
      maskFqdn(name, tld, offset, whole),
    );
  };
};
