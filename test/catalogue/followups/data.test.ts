import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue } from '../../../src/catalogue';
import { findFollowUp, followUpsByEntry, followUpsFor, generalTopics } from '../../../src/catalogue/followups';
import { followUpProblems } from '../../../src/catalogue/followups/validate';
import { type FollowUp, LANGS } from '../../../src/catalogue/types';

const known = new Set(catalogue.map((entry) => entry.id));

function followUp(id: string, overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    id,
    questions: { en: ['how do I make it longer?'], ja: ['長くするには？'] },
    answer: { en: { text: 'Raise it.' }, ja: { text: '延ばします。' } },
    ...overrides,
  };
}

describe('follow-up data', () => {
  it('has follow-ups for every catalogue entry', () => {
    const missing = catalogue.filter((entry) => followUpsFor(entry.id).length === 0).map((entry) => entry.id);
    expect(missing).toEqual([]);
  });

  // The map in src/catalogue/followups/index.ts is written out for bundlers: a file left out of it would be dead data.
  it('maps every follow-up file to its entry', () => {
    const dir = join(__dirname, '..', '..', '..', 'src', 'catalogue', 'followups');
    const mapped = new Set<unknown>(Object.values(followUpsByEntry));
    for (const file of readdirSync(dir)) {
      const { followUps } = require(join(dir, file)) as { followUps?: FollowUp[] };
      if (followUps) expect([file, mapped.has(followUps)]).toEqual([file, true]);
    }
  });

  it('has at least three phrasings per question in each language, and an answer in each', () => {
    for (const f of [...Object.values(followUpsByEntry).flat(), ...generalTopics]) {
      for (const lang of LANGS) {
        expect({ id: f.id, lang, enough: f.questions[lang].length >= 3 }).toEqual({ id: f.id, lang, enough: true });
        expect(f.answer[lang].text.length).toBeGreaterThan(10);
      }
    }
  });

  it('writes Japanese answers in Japanese and English answers in English', () => {
    for (const f of [...Object.values(followUpsByEntry).flat(), ...generalTopics]) {
      expect({ id: f.id, ja: /[\u3040-\u30ff]/.test(f.answer.ja.text) }).toEqual({ id: f.id, ja: true });
      expect({ id: f.id, en: /[\u3040-\u30ff]/.test(f.answer.en.text) }).toEqual({ id: f.id, en: false });
    }
  });

  it('finds a follow-up by id and returns nothing for an unknown entry', () => {
    expect(findFollowUp('session-expired/change-duration')?.answer.en.text).toContain('AuthSessionValidity');
    expect(findFollowUp('general/sms-delivery-logs')?.answer.en.text).toContain('DirectPublishToPhoneNumber');
    expect(followUpsFor('no-such-entry')).toEqual([]);
  });

  it('says the facts the issue requires', () => {
    const change = findFollowUp('session-expired/change-duration');
    expect(change?.answer.en.text).toMatch(/3 to 15/);
    expect(change?.answer.en.text).toContain('Authentication flow session duration');
    expect(change?.answer.en.text).toContain('authSessionValidity: Duration.minutes(15)');
    expect(change?.answer.en.code).toContain('--auth-session-validity 15');
    expect(change?.answer.en.warning).toMatch(/resets every setting you do not pass/);
    expect(findFollowUp('session-expired/default-and-range')?.answer.en.text).toMatch(/default is 3 minutes/);
    expect(findFollowUp('session-expired/refresh-tokens')?.answer.en.text).toMatch(/^No\./);
    expect(findFollowUp('totp-missing-admin-scope/allow-on-client')?.answer.en.code).toContain(
      '--allowed-o-auth-scopes <current AllowedOAuthScopes> aws.cognito.signin.user.admin',
    );
    expect(findFollowUp('totp-missing-admin-scope/hosted-ui')?.answer.en.code).toContain(
      'scope=openid+aws.cognito.signin.user.admin',
    );
    expect(findFollowUp('code-mismatch/call-order')?.answer.en.code).toMatch(
      /AssociateSoftwareToken[\s\S]*VerifySoftwareToken[\s\S]*RespondToAuthChallenge\(ChallengeName=MFA_SETUP/,
    );
    expect(findFollowUp('code-mismatch/clock-skew')?.answer.en.text).toContain('30 seconds');
    expect(findFollowUp('general/mfa-factors')?.answer.en.text).toMatch(/Essentials or Plus[\s\S]*DEVELOPER/);
  });
});

describe('resetting a user who lost the authenticator', () => {
  it('deletes the software token instead of turning the TOTP preference off, in both languages', () => {
    const reset = findFollowUp('general/reset-user-mfa');
    for (const lang of LANGS) {
      const answer = reset?.answer[lang];
      expect(answer?.code).toContain('aws cognito-idp admin-delete-software-token --user-pool-id <pool-id>');
      expect(answer?.code).not.toMatch(/Enabled=false/);
      expect(answer?.text).toContain('MFA_SETUP');
      expect(answer?.warning).toContain('Enabled=false');
    }
  });

  it('answers every question about a lost authenticator with the deletion', () => {
    const lost = [...Object.values(followUpsByEntry).flat(), ...generalTopics].filter((f) =>
      [...f.questions.en, ...f.questions.ja].some((q) => /lost (their|the) (phone|authenticator)|なくし/.test(q)),
    );
    expect(lost.length).toBeGreaterThanOrEqual(2);
    for (const f of lost) {
      for (const lang of LANGS)
        expect({ id: f.id, code: f.answer[lang].code }).toMatchObject({
          id: f.id,
          code: expect.stringContaining('admin-delete-software-token'),
        });
    }
  });

  it('never offers Enabled=false on the TOTP setting as the fix anywhere', () => {
    const answers = [...Object.values(followUpsByEntry).flat(), ...generalTopics].flatMap((f) =>
      LANGS.map((lang) => ({ id: `${f.id} ${lang}`, code: f.answer[lang].code ?? '' })),
    );
    const entries = catalogue.flatMap((entry) =>
      LANGS.flatMap((lang) =>
        entry.text[lang].fixes.map((fix, i) => ({ id: `${entry.id} ${lang} ${i}`, code: fix.code ?? '' })),
      ),
    );
    const offending = [...answers, ...entries].filter((block) =>
      /--software-token-mfa-settings\s+Enabled=false/.test(block.code),
    );
    expect(offending.map((block) => block.id)).toEqual([]);
  });
});

describe('follow-up validation', () => {
  const good = { 'session-expired': [followUp('session-expired/a')] };

  it('accepts sound data', () => {
    expect(followUpProblems(good, [followUp('general/a')], known)).toEqual([]);
  });

  it('refuses an entry id that is not in the catalogue', () => {
    expect(followUpProblems({ 'sesion-expired': [followUp('sesion-expired/a')] }, [], known)).toEqual([
      'follow-ups for "sesion-expired", which is not a catalogue entry',
    ]);
  });

  it('refuses a follow-up id used twice', () => {
    const twice = {
      'session-expired': [
        followUp('session-expired/a'),
        followUp('session-expired/a', { questions: { en: ['x?'], ja: ['エックス？'] } }),
      ],
    };
    expect(followUpProblems(twice, [], known)).toContain('follow-up id "session-expired/a" is used twice');
  });

  it('refuses a missing language in questions or answers', () => {
    const noJa = followUp('session-expired/a', {
      questions: { en: ['how?'], ja: [] },
      answer: { en: { text: 'Raise it.' } } as FollowUp['answer'],
    });
    expect(followUpProblems({ 'session-expired': [noJa] }, [], known)).toEqual([
      'follow-up "session-expired/a" has no ja questions',
      'follow-up "session-expired/a" has no ja answer',
    ]);
  });

  it('refuses an id outside its entry and the same phrasing under two follow-ups', () => {
    const problems = followUpProblems(
      { 'session-expired': [followUp('code-mismatch/a'), followUp('session-expired/b')] },
      [],
      known,
    );
    expect(problems).toContain('follow-up "code-mismatch/a" should be named "session-expired/<topic>"');
    expect(problems).toContain(
      '"how do I make it longer?" is a question of both "code-mismatch/a" and "session-expired/b"',
    );
  });
});
