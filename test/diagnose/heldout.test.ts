/**
 * The held-out set (test/fixtures/heldout/): pastes gathered from public issues and forums, and written in their
 * shapes, by someone who had not seen the engine or its own fixtures. It is judged like the outside set will be, in
 * aggregate: the right top entry for >= 95% of pastes holding a catalogue error, the bot quiet (autoReply false) for
 * >= 98% of texts that are not one. A miss below a threshold fails with every failing case listed, so a regression
 * reads as the pastes it broke. Thresholds rather than one test per case, so one hard paste does not block an
 * improvement elsewhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { catalogue, findEntry } from '../../src/catalogue';
import { diagnose } from '../../src/diagnose';

interface HeldoutCase {
  id: string | null;
  source: string;
  text: string;
  /** False when the paste does not quote a verified AWS message: only its top entry is judged. */
  quotes?: boolean;
}

const DIR = join(__dirname, '..', 'fixtures', 'heldout');
const load = (file: string): HeldoutCase[] => parse(readFileSync(join(DIR, file), 'utf8')) as HeldoutCase[];
// Round 2 was written blind to round 1, in wrappers and languages round 1 had fewer of (Go, .NET, Terraform, logcat ...).
const positives = [...load('positives.yaml'), ...load('round2-positives.yaml')];
const negatives = [...load('negatives.yaml'), ...load('round2-negatives.yaml')];

const MIN_RIGHT_TOP = 0.95;
const MIN_QUIET = 0.98;
/** Not an outside target, but a paste quoting AWS's own words should get an answer unprompted. */
const MIN_AUTO_REPLY_ON_QUOTES = 0.95;

function firstLine(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 100 ? `${line.slice(0, 99)}…` : line;
}

/** Fails with the rate and every failing case when fewer than `min` of the cases pass. */
function expectRate(what: string, failures: string[], total: number, min: number): void {
  const rate = (total - failures.length) / total;
  if (rate < min) {
    const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
    throw new Error(
      `${what}: ${total - failures.length}/${total} = ${percent(rate)}, need ${percent(min)}. Failing:\n${failures.join('\n')}`,
    );
  }
  expect(rate).toBeGreaterThanOrEqual(min);
}

describe('held-out set', () => {
  test('is big enough and well formed: every id is a catalogue entry, every entry has positives', () => {
    expect(positives.length).toBeGreaterThanOrEqual(120);
    expect(negatives.length).toBeGreaterThanOrEqual(120);
    for (const c of [...positives, ...negatives]) {
      expect(c.source).toBeTruthy();
      expect(c.text.trim()).not.toBe('');
    }
    for (const c of positives) expect(c.id && findEntry(c.id)).toBeTruthy();
    for (const c of negatives) expect(c.id).toBeNull();
    const covered = new Set(positives.map((c) => c.id));
    expect(catalogue.filter((e) => !covered.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  test(`pastes with a catalogue error get the right top entry (>= ${MIN_RIGHT_TOP * 100}%)`, () => {
    const failures = positives.flatMap((c, i) => {
      const { best } = diagnose(c.text);
      return best.id === c.id ? [] : [`  positive #${i}: want ${c.id}, got ${best.id} — ${firstLine(c.text)}`];
    });
    expectRate('right top entry', failures, positives.length, MIN_RIGHT_TOP);
  });

  test(`texts that are not a catalogue error leave the bot quiet (>= ${MIN_QUIET * 100}%)`, () => {
    const failures = negatives.flatMap((c, i) => {
      const result = diagnose(c.text);
      const loud = result.diagnoses.find((d) => d.autoReply) ?? (result.best.autoReply ? result.best : undefined);
      return loud ? [`  negative #${i}: would answer ${loud.id} — ${firstLine(c.text)}`] : [];
    });
    expectRate('quiet on non-errors', failures, negatives.length, MIN_QUIET);
  });

  test(`pastes quoting an AWS message are answered unprompted (>= ${MIN_AUTO_REPLY_ON_QUOTES * 100}%)`, () => {
    const quoting = positives.filter((c) => c.quotes !== false);
    const failures = quoting.flatMap((c) => {
      const { best } = diagnose(c.text);
      return best.id === c.id && best.autoReply
        ? []
        : [`  ${c.id}: got ${best.id}, autoReply ${best.autoReply} — ${firstLine(c.text)}`];
    });
    expectRate('unprompted answers on quoted errors', failures, quoting.length, MIN_AUTO_REPLY_ON_QUOTES);
  });
});

/**
 * The description rounds (issue 13): people describing a problem without quoting AWS's words. Their accuracy is a
 * figure (scripts/measure-descriptions.ts), not a test, since they must never be tuned on; what is tested is the rule
 * that holds whatever the ranking: a description is never answered unprompted in a channel, nor is a negative.
 */
describe('description rounds 3, 4 and 5', () => {
  const rounds = [
    ...load('round3-descriptions.yaml'),
    ...load('round4-descriptions.yaml'),
    ...load('round5-descriptions.yaml'),
  ];

  test('are well formed: every id a catalogue entry or null, every case with a source', () => {
    expect(rounds.length).toBeGreaterThanOrEqual(320);
    for (const c of rounds) {
      expect(c.source).toBeTruthy();
      expect(c.text.trim()).not.toBe('');
      expect(c.id === null || findEntry(c.id) !== undefined).toBe(true);
    }
  });

  test('are never answered unprompted', () => {
    const loud = rounds.flatMap((c, i) => {
      const result = diagnose(c.text);
      const answered = result.diagnoses.some((d) => d.autoReply) || result.best.autoReply;
      return answered ? [`  case #${i} (${c.source}): ${firstLine(c.text)}`] : [];
    });
    expect(loud).toEqual([]);
  });
});
