/**
 * Property tests: whatever anyone writes in a thread (anything at all, and the shapes that make patterns backtrack),
 * the cheap pre-check, the language guess and the follow-up engine never throw and decide something well-formed.
 */
import fc from 'fast-check';
import { catalogue, findEntry } from '../../../src/catalogue';
import { answerFollowUp, couldBeForBot, type FollowUpDecision } from '../../../src/diagnose/followup';
import { decodeMessage, messageLanguage } from '../../../src/diagnose/followup/text';
import { anyText, hostileText } from '../../harness/hostile-text';

const BOT = 'U0BOT';
const text = fc.oneof(
  hostileText,
  anyText,
  hostileText.map((t) => `<@${BOT}> ${t}`),
);
const thread = fc.record({
  entryId: fc.constantFrom(null, ...catalogue.map((e) => e.id)),
  lang: fc.constantFrom('en' as const, 'ja' as const),
  mentioned: fc.boolean(),
});

function expectWellFormed(decision: FollowUpDecision, message: string): void {
  switch (decision.kind) {
    case 'answer':
    case 'general':
      expect(decision.followUp.answer[decision.lang].text.length).toBeGreaterThan(0);
      expect(decision.confidence).toBeGreaterThanOrEqual(0);
      expect(decision.confidence).toBeLessThanOrEqual(1);
      return;
    case 'new-error':
      expect(findEntry(decision.result.best.id as string)).toBeDefined();
      expect(decision.result.best.confidence).toBeLessThanOrEqual(1);
      return;
    case 'check':
      // The pool and the user come from the message itself, never from anywhere else.
      expect(decodeMessage(message)).toContain(decision.poolRef);
      if (decision.username !== undefined) expect(decodeMessage(message)).toContain(decision.username);
      return;
    case 'language':
      expect(['en', 'ja']).toContain(decision.lang);
      return;
    case 'unsure':
      expect(decision.suggestions.length).toBeGreaterThan(0);
      return;
    default:
      expect(['not-it', 'thanks', 'silent']).toContain(decision.kind);
  }
}

describe('hostile thread messages', () => {
  test('the follow-up engine decides something well-formed', () => {
    fc.assert(
      fc.property(text, thread, (message, t) => {
        expect(typeof couldBeForBot(message, { botUserId: BOT })).toBe('boolean');
        expect(['en', 'ja']).toContain(messageLanguage(decodeMessage(message), t.lang));
        expectWellFormed(answerFollowUp({ ...t, message, botUserId: BOT }), message);
      }),
      { numRuns: 200 },
    );
  });
});
