/**
 * The ReDoS gate: every regular expression in src/ must run in linear time on any input, as judged by recheck (an
 * analyser, not our own judgement). A pasted message is hostile input; one slow pattern stalls every conversation.
 *
 * Literals are checked as written. A pattern built at run time (`new RegExp`) is checked as the code builds it, so
 * each such site needs an entry in RUNTIME_PATTERNS; a site without one fails the gate.
 */
import { check, type Diagnostics, type Parameters } from 'recheck';
import { defaultIndex } from '../src/diagnose/default-index';
import { prefilterFor } from '../src/diagnose/scan';
import { regexSites } from './harness/regex-sites';
import { checkAll } from './recheck-verdicts';

// recheck's Scala.js fallback is slower by an order of magnitude and would hide a missing binary: `npm ci` installs
// the platform's native package (recheck-linux-x64 on CI) as an optional dependency, and this makes it the one used.
process.env.RECHECK_BACKEND = 'native';

/** The `new RegExp` sites of src/, by file and code, and the real patterns each builds. */
const RUNTIME_PATTERNS: Record<string, () => RegExp[]> = {
  "src/diagnose/scan.ts new RegExp([...alternatives].sort((a, b) => b.length - a.length).join('|'), 'gi')": () => [
    prefilterFor(defaultIndex()),
  ],
};

/**
 * Judged by steps, never by the clock: recheck's fuzz checker counts an attack that outlives its time limit as a
 * success, so on a busy machine a linear pattern could be called vulnerable (and a check cut short, unknown).
 */
const PARAMS: Parameters = {
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  timeout: 60_000,
};

function verdict(d: Diagnostics): string {
  if (d.status === 'vulnerable') return `${d.complexity.summary}; attack: ${d.attack.pattern}`;
  if (d.status === 'unknown') return `unknown (${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''})`;
  return d.complexity.summary;
}

type Site = { where: string; source: string; flags: string };

function report(sites: readonly Site[], verdicts: readonly Diagnostics[]): string[] {
  return sites.flatMap((p, i) => {
    const d = verdicts[i] as Diagnostics;
    return d.status === 'safe' ? [] : [`${p.where} /${p.source}/${p.flags}: ${verdict(d)}`];
  });
}

const sites = regexSites();

describe('every regular expression in src/ runs in linear time (recheck)', () => {
  jest.setTimeout(300_000);

  // Never from the remembered verdicts: this also shows that recheck's native binary is there and runs.
  test('the gate can fail: the settings still catch patterns that stalled the bot', async () => {
    const known = [
      { where: 'language.ts (issue 9)', source: '\\b\\w*[A-Z]\\w*[a-z]\\w*[A-Z]\\w*\\b', flags: 'g' },
      { where: 'normalise.ts (issue 9)', source: '\\\\+t', flags: 'g' },
      { where: 'normalise.ts (issue 9)', source: '(?<=\\S)[_*~]+(?=\\s|$|[.,:;!?])', flags: 'g' },
    ];
    const verdicts = await Promise.all(known.map((p) => check(p.source, p.flags, PARAMS)));
    expect(report(known, verdicts)).toHaveLength(known.length);
  });

  test('literals', async () => {
    expect(sites.literals.length).toBeGreaterThan(100);
    expect(report(sites.literals, await checkAll(sites.literals, PARAMS))).toEqual([]);
  });

  test('patterns built at run time, as the code builds them', async () => {
    const patterns = Object.entries(RUNTIME_PATTERNS).flatMap(([where, build]) =>
      build().map((r) => ({ where, source: r.source, flags: r.flags })),
    );
    expect(report(patterns, await checkAll(patterns, PARAMS))).toEqual([]);
  });

  test('every new RegExp site is one of those', () => {
    const uncovered = sites.calls
      .map((c) => `${c.where.replace(/:\d+$/, '')} ${c.code}`)
      .filter((key) => !(key in RUNTIME_PATTERNS));
    expect(uncovered).toEqual([]);
  });
});
