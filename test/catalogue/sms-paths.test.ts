/**
 * A pool sends SMS through Amazon SNS (SnsCallerArn) or through AWS End User Messaging SMS directly (EumsSms); the two
 * configurations exclude each other. Advice written for one path replaces or misdiagnoses the other, so the SMS
 * entries cover both and every SMS configuration the bot writes shows both.
 */
import { catalogue, getEntry } from '../../src/catalogue';
import { followUpsByEntry, generalTopics } from '../../src/catalogue/followups';
import { LANGS } from '../../src/catalogue/types';

const SMS_ENTRIES = [
  'sms-first-time-setup',
  'sms-role-access-policy',
  'sms-role-trust',
  'code-delivery-failure',
  'sms-mfa-invalid-parameter',
];

const steps = [
  ...catalogue.flatMap((entry) =>
    LANGS.flatMap((lang) => entry.text[lang].fixes.map((fix) => ({ where: `${entry.id} ${lang}`, step: fix }))),
  ),
  ...[...Object.values(followUpsByEntry).flat(), ...generalTopics].flatMap((f) =>
    LANGS.map((lang) => ({ where: `${f.id} ${lang}`, step: f.answer[lang] })),
  ),
];
const writesSmsConfiguration = steps.filter(({ step }) => /--sms-mfa-configuration '\{/.test(step.code ?? ''));

describe('the two SMS paths', () => {
  it('finds the steps that write an SMS configuration', () => {
    expect(writesSmsConfiguration.length).toBeGreaterThanOrEqual(4);
  });

  it.each(writesSmsConfiguration.map(({ where, step }) => [where, step] as const))(
    '%s writes the SNS and the End User Messaging SMS configuration, and says they exclude each other',
    (_, step) => {
      expect(step.code).toContain('"SnsCallerArn"');
      expect(step.code).toContain('"EumsSms"');
      expect(step.code).toContain('describe-user-pool');
      expect(`${step.text} ${step.warning ?? ''}`).toContain('End User Messaging SMS');
    },
  );

  it.each(SMS_ENTRIES)('%s covers the End User Messaging SMS path in both languages and links its reference', (id) => {
    const entry = getEntry(id);
    for (const lang of LANGS) {
      const text = [
        ...entry.text[lang].causes,
        ...entry.text[lang].fixes.map((fix) => `${fix.text} ${fix.code ?? ''}`),
      ];
      expect({ lang, eums: text.some((t) => t.includes('EumsSms')) }).toEqual({ lang, eums: true });
    }
    expect(entry.links.map((link) => link.url)).toContain(
      'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_EumsSmsConfigurationType.html',
    );
  });

  it('grants and simulates sms-voice:SendTextMessage for the direct path, sns:Publish for SNS', () => {
    const code = getEntry('sms-role-access-policy')
      .text.en.fixes.map((fix) => fix.code ?? '')
      .join('\n');
    const documents = [...code.matchAll(/--policy-document '([^']+)'/g)].map(([, json]) => JSON.parse(json ?? '{}'));
    expect(documents.map((doc) => doc.Statement[0].Action)).toEqual(['sns:Publish', 'sms-voice:SendTextMessage']);
    expect(code).toMatch(/simulate-principal-policy[^\n]*\n[^\n]*--action-names sms-voice:SendTextMessage/);
  });
});
