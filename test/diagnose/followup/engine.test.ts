import { followUpsFor, generalTopics } from '../../../src/catalogue/followups';
import { parsePoolRef } from '../../../src/checks/pool-ref';
import {
  answerFollowUp,
  couldBeForBot,
  type FollowUpDecision,
  type FollowUpInput,
} from '../../../src/diagnose/followup';
import { phrasingAccuracy } from './accuracy';
import { freshPhrasings } from './fresh-phrasings';
import { commands, sideTalk } from './phrasings';
import { round3Phrasings, round3SideTalk } from './round3-phrasings';
import { round4Phrasings, round4SideTalk } from './round4-phrasings';

const BOT = 'UBOT0001';

function ask(message: string, overrides: Partial<FollowUpInput> = {}): FollowUpDecision {
  return answerFollowUp({
    entryId: 'session-expired',
    lang: 'en',
    message,
    mentioned: false,
    botUserId: BOT,
    ...overrides,
  });
}

function answered(decision: FollowUpDecision) {
  if (decision.kind !== 'answer' && decision.kind !== 'general')
    throw new Error(`expected an answer, got ${decision.kind}`);
  return decision;
}

describe('the issue\'s "done when"', () => {
  it('answers "how do I make it longer?" with AuthSessionValidity, the command and the reset warning', () => {
    const decision = answered(ask('how do I make it longer?'));
    expect(decision.kind).toBe('answer');
    expect(decision.lang).toBe('en');
    const answer = decision.followUp.answer[decision.lang];
    expect(answer.text).toContain('AuthSessionValidity');
    expect(answer.code).toContain('aws cognito-idp update-user-pool-client');
    expect(answer.code).toContain('--auth-session-validity 15');
    expect(answer.warning).toMatch(/UpdateUserPoolClient.*resets every setting you do not pass/);
  });

  it('says nothing to "thanks, trying that now @alice"', () => {
    expect(ask('thanks, trying that now @alice')).toEqual({ kind: 'silent' });
    expect(ask('thanks, trying that now <@U0ALICE1>')).toEqual({ kind: 'silent' });
  });

  it('answers "セッションの時間はどこで変えますか？" in Japanese, even in an English thread', () => {
    const decision = answered(ask('セッションの時間はどこで変えますか？', { lang: 'en' }));
    expect(decision.followUp.id).toBe('session-expired/change-duration');
    expect(decision.lang).toBe('ja');
    expect(decision.followUp.answer.ja.text).toContain('認証フローセッション時間');
    expect(decision.followUp.answer.ja.warning).toContain('デフォルト値に戻します');
  });
});

describe("questions about the thread's entry and general topics (held-out phrasing tables)", () => {
  it('answers most questions unprompted, and almost never with the wrong answer', () => {
    const accuracy = phrasingAccuracy(false);
    const wrong = accuracy.misses.filter((miss) => miss.got !== 'silent');
    expect(accuracy.correct / accuracy.total).toBeGreaterThanOrEqual(0.85);
    expect(wrong.length / accuracy.total).toBeLessThanOrEqual(0.015);
  });

  it('answers nearly all of them when mentioned', () => {
    const accuracy = phrasingAccuracy(true);
    expect(accuracy.correct / accuracy.total).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps most of that accuracy on phrasings it was never tuned on', () => {
    const unprompted = phrasingAccuracy(false, freshPhrasings);
    const mentioned = phrasingAccuracy(true, freshPhrasings);
    expect(unprompted.correct / unprompted.total).toBeGreaterThanOrEqual(0.9);
    expect(mentioned.correct / mentioned.total).toBeGreaterThanOrEqual(0.95);
  });

  // Rounds 3 and 4 are retired held-out sets, tuned on since: floors, not estimates of unseen questions.
  it.each([
    ['round 3', round3Phrasings, 0.83, 0.02, 0.93],
    ['round 4', round4Phrasings, 0.85, 0.01, 0.95],
  ])('keeps %s right and rarely wrong', (_name, table, right, wrongAtMost, mentionedRight) => {
    const unprompted = phrasingAccuracy(false, table);
    const wrong = unprompted.misses.filter((miss) => miss.got !== 'silent');
    expect(unprompted.correct / unprompted.total).toBeGreaterThanOrEqual(right);
    expect(wrong.length / unprompted.total).toBeLessThanOrEqual(wrongAtMost);
    const mentioned = phrasingAccuracy(true, table);
    expect(mentioned.correct / mentioned.total).toBeGreaterThanOrEqual(mentionedRight);
  });

  it('answers a general topic in any thread', () => {
    const decision = answered(ask('where can I see the sms delivery logs?', { entryId: 'code-mismatch' }));
    expect(decision).toMatchObject({ kind: 'general', followUp: { id: 'general/sms-delivery-logs' } });
    expect(decision.followUp.answer.en.text).toContain('DirectPublishToPhoneNumber');
  });

  it("prefers the thread's own entry to a general topic", () => {
    const decision = answered(
      ask('how do I allow the admin scope on the app client?', { entryId: 'totp-missing-admin-scope' }),
    );
    expect(decision.followUp.id).toBe('totp-missing-admin-scope/allow-on-client');
  });

  it('answers only general topics in a thread without an entry', () => {
    expect(answered(ask('sms or totp, which should we use?', { entryId: null })).kind).toBe('general');
    expect(ask('how do I make it longer?', { entryId: null })).toEqual({ kind: 'silent' });
  });
});

describe('people talking to each other', () => {
  it.each([...sideTalk, ...round3SideTalk, ...round4SideTalk])('stays silent on "$message"', ({ entry, message }) => {
    expect(ask(message, { entryId: entry })).toEqual({ kind: 'silent' });
  });

  it.each([
    ['code-mismatch', 'can you retest the totp flow on your phone?'],
    ['totp-missing-admin-scope', 'did the scope change go out with the last release?'],
    ['sms-first-time-setup', 'how long did the sandbox exit take last time?'],
    ['session-expired', 'セッション時間の変更、本番にも入れますか？'],
    ['session-expired', 'can we ship the session change tomorrow?'],
  ])('leaves the team its own work and calendar (%s: "%s")', (entryId, message) => {
    expect(ask(message, { entryId })).toEqual({ kind: 'silent' });
    expect(ask(message, { entryId, mentioned: true }).kind).not.toBe('silent');
  });

  it('answers a question addressed to someone else only when the bot is mentioned too', () => {
    expect(ask('<@U0ALICE1> how do I make it longer?')).toEqual({ kind: 'silent' });
    const both = answered(ask(`<@U0ALICE1> <@${BOT}> how do I make it longer?`));
    expect(both.followUp.id).toBe('session-expired/change-duration');
  });

  it("treats the bot's own mention in the text as being asked", () => {
    expect(ask(`<@${BOT}> thanks!`)).toEqual({ kind: 'thanks' });
    expect(ask('thanks!')).toEqual({ kind: 'silent' });
    expect(ask('ありがとうございます！', { mentioned: true })).toEqual({ kind: 'thanks' });
  });
});

describe('commands in the thread', () => {
  it.each(commands)('understands "$message"', ({ message, expected }) => {
    expect(ask(message)).toEqual(expected);
  });

  it('does not take a pool id in a question for a check', () => {
    // Mentioned: unprompted, "3 minutes ... longer" fits raising the duration and going past 15 alike, and stays quiet.
    expect(
      ask('our pool us-east-1_AbC123def is on 3 minutes, how do I make it longer?', { mentioned: true }).kind,
    ).toBe('answer');
  });

  it('finds in a thread the pools /mfa-check takes, in every partition', () => {
    for (const pool of [
      'us-east-1_AbC123def',
      'us-gov-west-1_AbC123def',
      'us-isob-east-1_AbC123def',
      'eusc-de-east-1_AbC123def',
      'arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbC123def',
      'arn:aws-eusc:cognito-idp:eusc-de-east-1:123456789012:userpool/eusc-de-east-1_AbC123def',
    ]) {
      expect([pool, parsePoolRef([pool], []).ok]).toEqual([pool, true]);
      expect(ask(`check ${pool}`)).toEqual({ kind: 'check', poolRef: pool });
      expect(couldBeForBot(`the pool is ${pool}`)).toBe(true);
    }
  });

  it('checks a bare pool id only when the bot is mentioned', () => {
    expect(ask(`<@${BOT}> us-east-1_AbC123def`)).toEqual({ kind: 'check', poolRef: 'us-east-1_AbC123def' });
    expect(ask('us-east-1_AbC123def')).toEqual({ kind: 'silent' });
  });

  it('does not mistake ordinary sentences for commands', () => {
    expect(ask('wrong branch lol, redeploying')).toEqual({ kind: 'silent' });
    expect(ask('does the console show it in japanese?').kind).not.toBe('language');
  });
});

describe('a new error pasted in the thread', () => {
  it('diagnoses another catalogue error in the same thread', () => {
    const decision = ask(
      'now I get this: An error occurred (CodeMismatchException) when calling the VerifySoftwareToken operation: Invalid code or auth state for the user.',
    );
    expect(decision.kind).toBe('new-error');
    if (decision.kind === 'new-error') expect(decision.result.best.id).toBe('code-mismatch');
  });

  it("does not re-diagnose the thread's own error", () => {
    const decision = ask('still NotAuthorizedException: Invalid session for the user, session is expired.');
    expect(decision.kind).not.toBe('new-error');
  });

  it('diagnoses in the language of the thread when the paste shows none', () => {
    const decision = ask('{"__type":"CodeMismatchException","message":"Invalid code or auth state for the user."}', {
      lang: 'ja',
    });
    expect(decision.kind).toBe('new-error');
    if (decision.kind === 'new-error') expect(decision.result.best.lang).toBe('ja');
  });
});

describe('reply language', () => {
  it('answers in the language the person just wrote in', () => {
    expect(answered(ask('does it affect refresh tokens?', { lang: 'ja' })).lang).toBe('en');
    expect(answered(ask('リフレッシュトークンに影響はありますか？', { lang: 'en' })).lang).toBe('ja');
  });

  it("falls back to the thread's language when the message shows none", () => {
    expect(answered(ask('AuthSessionValidity?', { lang: 'ja', mentioned: true })).lang).toBe('ja');
    expect(answered(ask('AuthSessionValidity?', { lang: 'en', mentioned: true })).lang).toBe('en');
  });
});

describe('when mentioned and unsure', () => {
  it("offers this entry's questions", () => {
    const decision = ask(`<@${BOT}> what about the weather`);
    expect(decision.kind).toBe('unsure');
    if (decision.kind === 'unsure') {
      expect(decision.suggestions.map((f) => f.id)).toEqual(
        followUpsFor('session-expired')
          .slice(0, 5)
          .map((f) => f.id),
      );
    }
  });

  it('offers general topics in a thread without an entry', () => {
    const decision = ask('hmm', { entryId: null, mentioned: true });
    expect(decision.kind === 'unsure' && decision.suggestions[0]?.id).toBe(generalTopics[0]?.id);
  });

  it('stays silent instead when not mentioned', () => {
    expect(ask('what about the weather?')).toEqual({ kind: 'silent' });
  });
});

describe('odd input', () => {
  it('handles an empty message, a lone mention and a very long paste', () => {
    expect(ask('')).toEqual({ kind: 'silent' });
    expect(ask(`<@${BOT}>`).kind).toBe('unsure');
    expect(['silent', 'answer']).toContain(ask(`how do I make it longer? ${'x '.repeat(50_000)}`).kind);
  });

  it('decodes Slack escapes and full-width text', () => {
    expect(answered(ask('ｈｏｗ ｄｏ Ｉ ｍａｋｅ ｉｔ ｌｏｎｇｅｒ？')).followUp.id).toBe(
      'session-expired/change-duration',
    );
    expect(answered(ask('how can I make the session longer &amp; keep my other settings?')).followUp.id).toBe(
      'session-expired/change-duration',
    );
    expect(ask('&lt;@U0ALICE1&gt; ok')).toEqual({ kind: 'silent' });
  });
});

describe('couldBeForBot', () => {
  it.each([
    [`<@${BOT}> hi`],
    ['how do I make it longer'],
    ['セッションの時間はどこで変えますか'],
    ['NotAuthorizedException: Invalid session for the user.'],
    ['check us-east-1_AbC123def'],
    ['not it'],
    ['日本語で'],
    ['any idea?'],
    // A catalogue message pasted bare: no "error", no "exception", no question.
    ['User does not have delivery config set to turn on SOFTWARE_TOKEN_MFA'],
    ['Software Token MFA has not been enabled by the userPool.'],
  ])('is true for "%s"', (text) => {
    expect(couldBeForBot(text, { botUserId: BOT })).toBe(true);
  });

  it.each([
    ['lol'],
    ['ok'],
    ["ok I'll deploy after lunch"],
    ['thanks, trying that now @alice'],
    ['了解です、明日やります'],
    ['this is fine'],
    ['deploying now'],
  ])('is false for "%s"', (text) => {
    expect(couldBeForBot(text, { botUserId: BOT })).toBe(false);
  });

  it("reads no more than Slack's 40,000 characters of a message, whatever joined them", () => {
    const chatter = 'ok '.repeat(13_334);
    expect(couldBeForBot(`${chatter}any idea?`, { botUserId: BOT })).toBe(false);
    expect(couldBeForBot(`${chatter.slice(0, 39_000)} any idea?`, { botUserId: BOT })).toBe(true);
  });
});
