/**
 * The engine against realistic pastes: every catalogue error in every wrapper (errors.yaml x wrappers.yaml),
 * hand-written pastes and prose (positives.yaml), and texts that must leave the bot quiet (negatives.yaml).
 */
import { diagnose } from '../../src/diagnose';
import { handwrittenCases, negativeCases, wrapperCases } from '../harness/pastes';

describe('every catalogue error in every wrapper', () => {
  test.each(wrapperCases().map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { best } = diagnose(c.text);
    expect(best.id).toBe(c.entry);
    expect(best.autoReply).toBe(c.autoReply);
    // The evidence points at a line of the paste that holds what matched.
    const line = c.text.split('\n')[(best.evidence?.line ?? 0) - 1] ?? '';
    expect(line.length).toBeGreaterThan(0);
  });
});

describe('hand-written pastes and prose', () => {
  test.each(handwrittenCases().map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = diagnose(c.text);
    expect(result.best.id).toBe(c.entry);
    expect(result.best.autoReply).toBe(c.autoReply);
    if (c.lang) expect(result.lang).toBe(c.lang);
    // What the bot would not say unprompted is never shown as high confidence either.
    if (!c.autoReply) expect(result.best.confidence).toBeLessThan(0.9);
  });
});

describe('texts that are not a catalogue error stay quiet', () => {
  test.each(negativeCases().map((c) => [c.why, c.text] as const))('%s', (_why, text) => {
    const result = diagnose(text);
    expect(result.best.autoReply).toBe(false);
    expect(result.diagnoses.filter((d) => d.autoReply)).toEqual([]);
  });

  test('there are at least 40 distinct negatives', () => {
    expect(new Set(negativeCases().map((c) => c.text)).size).toBeGreaterThanOrEqual(40);
  });
});
