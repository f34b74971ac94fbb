import { createEngine, ENGINE_RULES, indicator, indicatorFromSummary, summaryOf, type ConfigEntry, type IndicatorSubject, type LintResult, type Plugin } from '@tclint/core';
import { plugin as host } from '@tclint/indicator-host';
import { describe, expect, it } from 'vitest';
import { plugin as address } from '@tclint/indicator-address';
import { plugin as asn } from '@tclint/indicator-asn';
import { plugin as cidr } from '@tclint/indicator-cidr';
import { plugin as emailAddress } from '@tclint/indicator-email-address';
import { plugin as emailSubject } from '@tclint/indicator-email-subject';
import { plugin as file } from '@tclint/indicator-file';
import { plugin as hashtag } from '@tclint/indicator-hashtag';
import { plugin as mutex } from '@tclint/indicator-mutex';
import { plugin as registryKey } from '@tclint/indicator-registry-key';
import { plugin as url } from '@tclint/indicator-url';
import { plugin as userAgent } from '@tclint/indicator-user-agent';
import { plugin as defanged } from './index.js';

/**
 * The "done when": a mixed feed of all twelve types, part of it
 * defanged, typed by inference alone and fixed, every inferred type and
 * every fixed value checked against what this file says they must be.
 *
 * Each template makes one kind of value from a variation number `i` and says,
 * by its own means (never by asking the code under test), what type the value
 * is and what it must be once fixed.
 */

const TYPE_PLUGINS: readonly Plugin[] = [address, emailAddress, file, host, url, asn, cidr, emailSubject, hashtag, mutex, registryKey, userAgent];
const recommended = (p: Plugin) => p.configs!.recommended!;
const engine = createEngine({ config: [defanged, ...TYPE_PLUGINS].map(recommended) });

/** The type the value must be inferred as (or `ambiguous`), its fixed summary (none when ambiguous), and the rules whose errors remain (ThreatConnect refuses the value). */
type Expected = { type: string; output?: string; errors?: string[] };
interface Template {
  name: string;
  make(i: number): { value: string } & Expected;
}

// ---- deterministic variations -------------------------------------------------------------

const NAMES = ['acme', 'contoso', 'fabrikam', 'globex', 'initech', 'umbrella', 'hooli', 'vandelay', 'wayne', 'stark', 'tyrell', 'cyberdyne'];
const FIRST = ['alice', 'bob', 'carol', 'dave', 'eve', 'frank', 'grace', 'heidi', 'ivan', 'judy'];
const TLDS = ['com', 'net', 'org', 'io', 'de', 'co.uk'];
const capitalized = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const name = (i: number) => `${NAMES[i % NAMES.length]}${i}`;
const tld = (i: number) => TLDS[i % TLDS.length]!;
const first = (i: number) => FIRST[i % FIRST.length]!;

/** Internationalized names and their Punycode (the spec's, and well-known ones). */
const IDN: readonly [string, string][] = [
  ['österreich.icom.museum', 'xn--sterreich-z7a.icom.museum'],
  ['faß.de', 'xn--fa-hia.de'],
  ['bücher.de', 'xn--bcher-kva.de'],
  ['münchen.de', 'xn--mnchen-3ya.de'],
  ['例え.jp', 'xn--r8jz45g.jp'],
];
const idn = (i: number) => IDN[i % IDN.length]!;

const octets = (i: number): [number, number, number, number] => [1 + ((i * 37) % 222), (i * 11) % 256, (i * 7) % 256, 1 + ((i * 13) % 254)];
const ipv4 = (i: number) => octets(i).join('.');
/** A 16-bit group, never zero, as ThreatConnect writes it (lower-case hex, no leading zeros). */
const group = (i: number, salt: number) => ((i * 2654435761 + salt * 40503) % 0xfffe) + 1;
const hex = (n: number) => n.toString(16);
const padded = (n: number) => n.toString(16).padStart(4, '0').toUpperCase();

/** A deterministic hex string of `length` digits with letters and digits in it. */
function hexDigits(i: number, length: number, salt: number): string {
  let state = (i * 7919 + salt * 104729 + 1) >>> 0;
  let out = '';
  for (let k = 0; k < length; k++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out += (state >>> 28).toString(16);
  }
  return `a1${out.slice(2)}`;
}
const fingerprint = (digits: string) => digits.toUpperCase().match(/../g)!.join(':');

/** AS numbers outside every reserved and private range. */
const asNumber = (i: number) => 10000 + i * 97;

// ---- the templates ------------------------------------------------------------------------

const TEMPLATES: Template[] = [
  // Address
  { name: 'IPv4 address', make: (i) => ({ value: ipv4(i), type: 'Address', output: ipv4(i) }) },
  { name: 'IPv4 address with whitespace', make: (i) => ({ value: ` ${ipv4(i)}\t`, type: 'Address', output: ipv4(i) }) },
  { name: 'defanged IPv4 address', make: (i) => ({ value: octets(i).join('[.]'), type: 'Address', output: ipv4(i) }) },
  { name: 'IPv4 address defanged with (.)', make: (i) => ({ value: octets(i).join('(.)'), type: 'Address', output: ipv4(i) }) },
  {
    name: 'compressed IPv6 address',
    make: (i) => ({ value: `2001:db8:${hex(group(i, 1))}::${hex(group(i, 2))}`, type: 'Address', output: `2001:db8:${hex(group(i, 1))}:0:0:0:0:${hex(group(i, 2))}` }),
  },
  {
    name: 'exploded upper-case IPv6 address',
    make: (i) => ({ value: `2001:0DB8:${padded(group(i, 3))}:0000:0000:0000:0000:${padded(group(i, 4))}`, type: 'Address', output: `2001:db8:${hex(group(i, 3))}:0:0:0:0:${hex(group(i, 4))}` }),
  },
  { name: 'bracketed IPv6 address', make: (i) => ({ value: `[2001:db8::${hex(group(i, 5))}]`, type: 'Address', output: `2001:db8:0:0:0:0:0:${hex(group(i, 5))}` }) },
  { name: 'IPv6 address with a zone id', make: (i) => ({ value: `fe80::${hex(group(i, 6))}%eth${i % 4}`, type: 'Address', output: `fe80:0:0:0:0:0:0:${hex(group(i, 6))}` }) },
  { name: 'defanged IPv6 address', make: (i) => ({ value: `2001[:]db8[:][:]${hex(group(i, 7))}`, type: 'Address', output: `2001:db8:0:0:0:0:0:${hex(group(i, 7))}` }) },

  // CIDR
  { name: 'IPv4 block', make: (i) => ({ value: `${octets(i)[0]}.${octets(i)[1]}.0.0/16`, type: 'CIDR', output: `${octets(i)[0]}.${octets(i)[1]}.0.0/16` }) },
  { name: 'IPv4 block with host bits', make: (i) => ({ value: `${ipv4(i)}/24`, type: 'CIDR', output: `${octets(i).slice(0, 3).join('.')}.0/24` }) },
  { name: 'one-address IPv4 block', make: (i) => ({ value: `${ipv4(i)}/32`, type: 'CIDR', output: `${ipv4(i)}/32` }) },
  { name: 'compressed IPv6 block', make: (i) => ({ value: `2001:db8:${hex(group(i, 8))}::/48`, type: 'CIDR', output: `2001:db8:${hex(group(i, 8))}:0:0:0:0:0/48` }) },
  { name: 'defanged IPv4 block', make: (i) => ({ value: `${octets(i)[0]}[.]${octets(i)[1]}[.]0[.]0/16`, type: 'CIDR', output: `${octets(i)[0]}.${octets(i)[1]}.0.0/16` }) },

  // Host
  { name: 'host', make: (i) => ({ value: `www.${name(i)}.${tld(i)}`, type: 'Host', output: `www.${name(i)}.${tld(i)}` }) },
  { name: 'upper-case host', make: (i) => ({ value: `WWW.${name(i).toUpperCase()}.${tld(i).toUpperCase()}`, type: 'Host', output: `www.${name(i)}.${tld(i)}` }) },
  { name: 'host with a root dot', make: (i) => ({ value: `mail.${name(i)}.${tld(i)}.`, type: 'Host', output: `mail.${name(i)}.${tld(i)}` }) },
  { name: 'internationalized host', make: (i) => ({ value: `cdn${i}.${idn(i)[0]}`, type: 'Host', output: `cdn${i}.${idn(i)[1]}` }) },
  { name: 'host defanged with [.]', make: (i) => ({ value: `${name(i)}[.]${tld(i).replace('.', '[.]')}`, type: 'Host', output: `${name(i)}.${tld(i)}` }) },
  { name: 'host defanged with (dot)', make: (i) => ({ value: `login(dot)${name(i)}(dot)com`, type: 'Host', output: `login.${name(i)}.com` }) },
  { name: 'host defanged with {.} in upper case', make: (i) => ({ value: `CDN{.}${name(i).toUpperCase()}{.}NET`, type: 'Host', output: `cdn.${name(i)}.net` }) },
  // ThreatConnect's Host pattern refuses underscores: an error that no fix repairs
  { name: 'host with an underscore', make: (i) => ({ value: `_dmarc.${name(i)}.com`, type: 'Host', output: `_dmarc.${name(i)}.com`, errors: ['host/underscore'] }) },

  // URL
  { name: 'URL', make: (i) => ({ value: `http://${name(i)}.${tld(i)}/path/${i}/index.html`, type: 'URL', output: `http://${name(i)}.${tld(i)}/path/${i}/index.html` }) },
  {
    name: 'URL with an upper-case host',
    make: (i) => ({ value: `https://WWW.${name(i).toUpperCase()}.COM/Login?User=${i}&Next=%2F`, type: 'URL', output: `https://www.${name(i)}.com/Login?User=${i}&Next=%2F` }),
  },
  { name: 'hxxp URL', make: (i) => ({ value: `hxxp://${name(i)}[.]com/dl/${i}.exe`, type: 'URL', output: `http://${name(i)}.com/dl/${i}.exe` }) },
  {
    name: 'hXXps URL with [:] and (.)',
    make: (i) => ({ value: `hXXps[:]//secure(.)${name(i)}(.)org/a.php?id=${i}`, type: 'URL', output: `https://secure.${name(i)}.org/a.php?id=${i}` }),
  },
  { name: 'URL defanged with [://]', make: (i) => ({ value: `http[://]${name(i)}[.]net/`, type: 'URL', output: `http://${name(i)}.net/` }) },
  { name: 'URL with an internationalized host', make: (i) => ({ value: `https://${idn(i)[0]}/Seite/${i}`, type: 'URL', output: `https://${idn(i)[1]}/Seite/${i}` }) },
  { name: 'URL with an IP address', make: (i) => ({ value: `http://${ipv4(i)}:8080/gate.php?${i}`, type: 'URL', output: `http://${ipv4(i)}:8080/gate.php?${i}` }) },

  // EmailAddress
  { name: 'email address', make: (i) => ({ value: `${first(i)}.${NAMES[i % NAMES.length]}${i}@${name(i)}.${tld(i)}`, type: 'EmailAddress', output: `${first(i)}.${NAMES[i % NAMES.length]}${i}@${name(i)}.${tld(i)}` }) },
  {
    name: 'email address with an upper-case domain',
    make: (i) => ({ value: `${capitalized(first(i))}.Smith${i}@${name(i).toUpperCase()}.COM`, type: 'EmailAddress', output: `${capitalized(first(i))}.Smith${i}@${name(i)}.com` }),
  },
  { name: 'email address defanged with [@] and [.]', make: (i) => ({ value: `${first(i)}${i}[@]${name(i)}[.]com`, type: 'EmailAddress', output: `${first(i)}${i}@${name(i)}.com` }) },
  { name: 'email address defanged with spaced words', make: (i) => ({ value: `${first(i)}${i} [at] ${name(i)} [dot] org`, type: 'EmailAddress', output: `${first(i)}${i}@${name(i)}.org` }) },
  { name: 'email address defanged with (at) and (dot)', make: (i) => ({ value: `${capitalized(first(i))}(at)${name(i)}(dot)net`, type: 'EmailAddress', output: `${capitalized(first(i))}@${name(i)}.net` }) },
  { name: 'email address with an internationalized domain', make: (i) => ({ value: `info${i}@${idn(i)[0]}`, type: 'EmailAddress', output: `info${i}@${idn(i)[1]}` }) },

  // File: a summary lists the hashes present; each is read into the field its length names
  { name: 'MD5', make: (i) => ({ value: hexDigits(i, 32, 1), type: 'File', output: hexDigits(i, 32, 1) }) },
  // ThreatConnect accepts a hash in either case (file/lowercase is off by default): it stays as written
  { name: 'upper-case MD5', make: (i) => ({ value: hexDigits(i, 32, 2).toUpperCase(), type: 'File', output: hexDigits(i, 32, 2).toUpperCase() }) },
  { name: 'MD5 fingerprint', make: (i) => ({ value: fingerprint(hexDigits(i, 32, 3)), type: 'File', output: fingerprint(hexDigits(i, 32, 3)).replaceAll(':', '') }) },
  { name: 'SHA-1', make: (i) => ({ value: hexDigits(i, 40, 4), type: 'File', output: hexDigits(i, 40, 4) }) },
  { name: 'SHA-256', make: (i) => ({ value: hexDigits(i, 64, 5), type: 'File', output: hexDigits(i, 64, 5) }) },
  { name: 'upper-case SHA-256', make: (i) => ({ value: hexDigits(i, 64, 6).toUpperCase(), type: 'File', output: hexDigits(i, 64, 6).toUpperCase() }) },
  {
    name: 'md5 : sha1 : sha256 summary',
    make: (i) => {
      const summary = `${hexDigits(i, 32, 7)} : ${hexDigits(i, 40, 8)} : ${hexDigits(i, 64, 9)}`;
      return { value: summary, type: 'File', output: summary };
    },
  },

  // ASN
  { name: 'ASN', make: (i) => ({ value: `ASN${asNumber(i)}`, type: 'ASN', output: `ASN${asNumber(i)}` }) },
  { name: 'AS-prefixed number', make: (i) => ({ value: `AS${asNumber(i)}`, type: 'ASN', output: `ASN${asNumber(i)}` }) },
  { name: 'AS number with a space', make: (i) => ({ value: `AS ${asNumber(i)}`, type: 'ASN', output: `ASN${asNumber(i)}` }) },
  { name: 'lower-case asn', make: (i) => ({ value: `asn0${asNumber(i)}`, type: 'ASN', output: `ASN${asNumber(i)}` }) },

  // Email Subject
  { name: 'reply subject', make: (i) => ({ value: `Re: Invoice ${i} overdue [.] (at) {dot}`, type: 'Email Subject', output: `Re: Invoice ${i} overdue [.] (at) {dot}` }) },
  { name: 'forwarded subject with whitespace', make: (i) => ({ value: `  FW: Payment ${i} for paypal[.]com `, type: 'Email Subject', output: `FW: Payment ${i} for paypal[.]com` }) },

  // Hashtag
  // ThreatConnect stores Hashtags in lower case (the types reply's case preference): hashtag/lowercase fixes them
  { name: 'hashtag', make: (i) => ({ value: `#APT${i}`, type: 'Hashtag', output: `#apt${i}` }) },
  { name: 'hashtag with whitespace', make: (i) => ({ value: ` #ransomware_${i}\n`, type: 'Hashtag', output: `#ransomware_${i}` }) },

  // Mutex: brackets and backslashes are data
  { name: 'global mutex', make: (i) => ({ value: `Global\\${capitalized(name(i))}Mutex_${i}`, type: 'Mutex', output: `Global\\${capitalized(name(i))}Mutex_${i}` }) },
  { name: 'mutex with defang-like brackets', make: (i) => ({ value: `Local\\evil[.]run{.}${i}(at)[dot]`, type: 'Mutex', output: `Local\\evil[.]run{.}${i}(at)[dot]` }) },

  // Registry Key: brackets and backslashes are data
  {
    name: 'registry key',
    make: (i) => {
      const key = `HKEY_CURRENT_USER\\Software\\${capitalized(name(i))}\\Run${i} : ${capitalized(name(i))}Updater : REG_SZ`;
      return { value: key, type: 'Registry Key', output: key };
    },
  },
  {
    name: 'abbreviated registry key with defang-like brackets',
    make: (i) => ({
      value: `HKLM\\SOFTWARE\\Classes\\evil[.]exe${i}\\{.}shell : [@] : REG_SZ`,
      type: 'Registry Key',
      output: `HKEY_LOCAL_MACHINE\\SOFTWARE\\Classes\\evil[.]exe${i}\\{.}shell : [@] : REG_SZ`,
    }),
  },

  // User Agent: brackets and defang-like text are data
  {
    name: 'browser user agent',
    make: (i) => {
      const agent = `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${100 + i}.0.0.0 Safari/537.36`;
      return { value: agent, type: 'User Agent', output: agent };
    },
  },
  { name: 'curl user agent', make: (i) => ({ value: `curl/7.${i}.1`, type: 'User Agent', output: `curl/7.${i}.1` }) },
  {
    name: 'bot user agent with a defanged URL in it',
    make: (i) => {
      const agent = `Mozilla/5.0 (compatible; EvilBot/${i}.0; +hxxp[:]//evil[.]example[.]net/bot[at]x)`;
      return { value: agent, type: 'User Agent', output: agent };
    },
  },

  // ambiguous: reported, not guessed
  { name: 'bare number', make: (i) => ({ value: String(asNumber(i)), type: 'ambiguous' }) },
  { name: 'short dotted number', make: (i) => ({ value: `${1 + (i % 9)}.${i}`, type: 'ambiguous' }) },
];

const VARIATIONS = 18;
const FEED = TEMPLATES.flatMap((template) => Array.from({ length: VARIATIONS }, (_, i) => ({ template: template.name, i, ...template.make(i) })));
const ALL_TYPES = ['Address', 'EmailAddress', 'File', 'Host', 'URL', 'ASN', 'CIDR', 'Email Subject', 'Hashtag', 'Mutex', 'Registry Key', 'User Agent'];

function fixedSummary(result: LintResult<IndicatorSubject>): string {
  return result.output ? summaryOf(result.output) : summaryOf(result.subject);
}

function verdict(result: LintResult<IndicatorSubject>) {
  return {
    type: result.subject.type,
    output: fixedSummary(result),
    errors: result.messages.filter((m) => m.severity === 'error').map((m) => `${m.ruleId}: ${m.message}`),
  };
}

describe('a mixed, partly defanged feed of all twelve types', () => {
  it('has at least 1,000 distinct values, of all twelve types, some defanged, some ambiguous', () => {
    expect(FEED.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(FEED.map((e) => e.value)).size).toBe(FEED.length);
    expect(new Set(FEED.map((e) => e.type))).toEqual(new Set([...ALL_TYPES, 'ambiguous']));
    expect(FEED.filter((e) => /hxxp|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\[:\]|\[:\/\/\]|\[@\]|\(at\)|\[at\]/i.test(e.value)).length).toBeGreaterThan(200);
  });

  it('infers every type and fixes every value to the expected output, with no error left', () => {
    const wrong: unknown[] = [];
    for (const entry of FEED) {
      const result = engine.fix(indicatorFromSummary(entry.value));
      if (entry.type === 'ambiguous') {
        const ids = result.messages.map((m) => m.ruleId);
        if (ids.join() !== ENGINE_RULES.ambiguousType || result.output) wrong.push({ ...entry, got: ids });
        continue;
      }
      const got = verdict(result);
      const errorRules = got.errors.map((e) => e.slice(0, e.indexOf(':')));
      if (got.type !== entry.type || got.output !== entry.output || errorRules.join() !== (entry.errors ?? []).join()) wrong.push({ ...entry, got });
    }
    expect(wrong).toEqual([]);
  });

  it('never takes a URL for a Host, an IP address for a Host, or a 64-hex string for anything but a SHA-256', () => {
    for (const entry of FEED) {
      const result = engine.fix(indicatorFromSummary(entry.value));
      const type = result.subject.type;
      if (entry.type === 'URL') expect(type, entry.value).toBe('URL');
      if (entry.type === 'Address' || entry.type === 'CIDR') expect(type, entry.value).not.toBe('Host');
      const bare = entry.value.trim();
      const values = (result.output ?? result.subject).values;
      if (/^[0-9a-f]{64}$/i.test(bare)) {
        expect(type, entry.value).toBe('File');
        expect(values, entry.value).toEqual({ sha256: bare });
      }
      if (/^[0-9a-f]{40}$/i.test(bare)) expect(values, entry.value).toEqual({ sha1: bare });
    }
  });

  it('reports a bare number as ambiguous, naming the candidates', () => {
    const result = engine.check(indicatorFromSummary('12345'));
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ ruleId: ENGINE_RULES.ambiguousType });
    expect(result.messages[0]!.message).toContain('ASN (0.3)');
  });

  it('gives the same types and outputs whatever the order of the packages in the config', () => {
    const reversed = createEngine({ config: [...TYPE_PLUGINS].reverse().concat(defanged).map(recommended) });
    for (const entry of FEED.filter((_, k) => k % 3 === 0)) {
      const a = engine.fix(indicatorFromSummary(entry.value));
      const b = reversed.fix(indicatorFromSummary(entry.value));
      expect(verdict(b), entry.value).toEqual(verdict(a));
    }
  });

  it('leaves brackets and backslashes alone in Registry Keys, Mutexes and User Agents given with their type', () => {
    const cases: [string, Record<string, string>][] = [
      ['Registry Key', { 'Key Name': 'HKEY_LOCAL_MACHINE\\Software\\[.]evil\\(dot)\\{at}', 'Value Name': '[@]', 'Value Type': 'REG_SZ' }],
      ['Mutex', { Mutex: 'Global\\hxxp[:]//evil[.]example[.]net' }],
      ['User Agent', { 'User Agent String': 'Mozilla/5.0 (compatible; x[at]y[.]com; hxxp[://]z(.)net)' }],
    ];
    for (const [type, values] of cases) {
      const result = engine.fix(indicator(type, values));
      expect(result.changes, type).toEqual([]);
      expect(result.messages.filter((m) => m.ruleId.startsWith('defanged/')), type).toEqual([]);
    }
  });

  it('puts each defanged type above what its own package gives the clean form, and the clean form unclaimed by defanged', () => {
    const pairs: [string, string, Plugin][] = [
      ['http://evil.example.net/x', 'hxxp://evil[.]example[.]net/x', url],
      ['evil.example.net', 'evil[.]example[.]net', host],
      ['10.1.2.3', '10[.]1[.]2[.]3', address],
      ['10.1.0.0/16', '10[.]1[.]0[.]0/16', cidr],
      ['john@evil.example.net', 'john[@]evil[.]example[.]net', emailAddress],
    ];
    for (const [clean, defangedValue, own] of pairs) {
      const ownDetection = own.detect!(clean)!;
      const detection = defanged.detect!(defangedValue)!;
      expect(detection.type).toBe(ownDetection.type);
      expect(detection.confidence).toBeGreaterThan(ownDetection.confidence);
      expect(own.detect!(defangedValue)?.confidence ?? 0).toBeLessThan(detection.confidence);
      expect(defanged.detect!(clean)).toBeUndefined();
    }
  });

  it('does what the README usage says, with the URL and EmailAddress packages', () => {
    const readme = createEngine({ config: [defanged, url, emailAddress].map(recommended) as ConfigEntry[] });
    expect(readme.fix(indicator('URL', { text: 'hXXps[:]//evil[.]example[.]net/login(.)php' })).output?.values.text).toBe('https://evil.example.net/login.php');
    const result = readme.fix(indicatorFromSummary('john(at)example(dot)com'));
    expect(result.subject.type).toBe('EmailAddress');
    expect(result.output?.values.address).toBe('john@example.com');
  });
});
