/** Reading a thread's context from conversations.replies messages: only the bot's own, newest first, checked. */

import { contextFromReplies } from '../../../src/slack/threads/thread-context';
import { BOT_ID, BOT_USER_ID } from '../../harness/slack';
import { botDiagnosisMessage, parentMessage, SESSION_EXPIRED } from '../../harness/threads';

const BOT = { botId: BOT_ID, botUserId: BOT_USER_ID };
const CODE_MISMATCH = 'CodeMismatchException: Invalid code or auth state for the user.';

describe('contextFromReplies', () => {
  it("takes the entry, language and diagnosis from the bot's diagnosis reply", () => {
    const context = contextFromReplies([parentMessage(), botDiagnosisMessage()], BOT);
    expect(context).toMatchObject({ entry: 'session-expired', lang: 'en' });
    expect(JSON.parse(context?.packedDiagnosis ?? '{}').d[0][0]).toBe('session-expired');
  });

  it("follows the newest of the bot's posts with metadata, and the diagnosis buttons of that entry", () => {
    const first = botDiagnosisMessage(SESSION_EXPIRED, '1.0', '1.1');
    const second = botDiagnosisMessage(CODE_MISMATCH, '1.0', '1.3');
    const answer = {
      type: 'message',
      ts: '1.4',
      user: BOT_USER_ID,
      bot_id: BOT_ID,
      text: 'how do I make it longer?',
      metadata: { event_type: 'mfa_diagnosis', event_payload: { entry: 'code-mismatch', lang: 'ja' } },
    };
    const context = contextFromReplies(
      [parentMessage(), first, { ...parentMessage(), ts: '1.2' }, second, answer],
      BOT,
    );
    expect(context).toMatchObject({ entry: 'code-mismatch', lang: 'ja' });
    expect(JSON.parse(context?.packedDiagnosis ?? '{}').d[0][0]).toBe('code-mismatch');
  });

  it.each([
    ['no bot post', [parentMessage()]],
    ["another app's metadata", [{ ...botDiagnosisMessage(), user: 'U0OTHER', bot_id: 'B0OTHER' }]],
    [
      'another event type',
      [{ ...botDiagnosisMessage(), metadata: { event_type: 'deploy', event_payload: { entry: 'session-expired' } } }],
    ],
    [
      'an entry the catalogue does not have',
      [{ ...botDiagnosisMessage(), metadata: { event_type: 'mfa_diagnosis', event_payload: { entry: 'nope' } } }],
    ],
    ['garbage', [null, 42, 'text', { metadata: 'x' }]],
  ])('finds nothing with %s', (_name, messages) => {
    expect(contextFromReplies(messages, BOT)).toBeUndefined();
  });

  it('falls back to English for a language it does not speak', () => {
    const message = {
      ...botDiagnosisMessage(),
      metadata: { event_type: 'mfa_diagnosis', event_payload: { entry: 'session-expired', lang: 'fr' } },
    };
    expect(contextFromReplies([message], BOT)?.lang).toBe('en');
  });
});
