/**
 * A report that contradicts itself loses the reader: no finding may act (fail or warn) on a premise that another
 * finding of the same report denies, on any pool shape teams really have ("MFA is OFF" next to "SMS MFA is enabled
 * but has no caller role"). Each premise names the findings that deny it.
 */
import { asIs } from '../../../src/checks/localized';
import { reportFromFacts } from '../../../src/checks/run';
import type { Finding } from '../../../src/checks/types';
import { facts, POOL_SHAPES, USER_SHAPES } from '../../harness/facts';

const REF = { poolId: 'eu-west-1_AbCdEfGhI', region: 'eu-west-1', partition: 'aws' };

const is =
  (rule: string, ...statuses: Finding['status'][]) =>
  (f: Finding) =>
    f.rule === rule && statuses.includes(f.status);
const saying = (rule: string, status: Finding['status'], pattern: RegExp) => (f: Finding) =>
  f.rule === rule && f.status === status && pattern.test(f.summary.en);

/** What a finding states when it says so, in the words of the rule that states it. */
const STATES = {
  'MFA is OFF': is('pool-mfa-enabled', 'warn', 'fail'),
  'TOTP is not enabled': is('pool-totp-enabled', 'warn', 'fail'),
  'SMS MFA is not in effect': saying('pool-sms-configuration', 'pass', /^SMS MFA is not/),
  'the pool sends no SMS': saying('sms-role-trust', 'pass', /no SMS role/),
  'the account is out of the SNS SMS sandbox': saying('sns-sms-sandbox', 'pass', /out of the SNS SMS sandbox/),
};
type Statement = keyof typeof STATES;

/** The premise of each acting finding, as the statements that deny it. */
const PREMISES: { acting: (f: Finding) => boolean; premise: string; deniedBy: Statement[] }[] = [
  { acting: is('pool-sms-configuration', 'fail', 'warn'), premise: 'SMS MFA is in effect', deniedBy: ['MFA is OFF'] },
  { acting: is('pool-email-mfa', 'fail', 'warn'), premise: 'email MFA is in effect', deniedBy: ['MFA is OFF'] },
  {
    acting: is('user-phone-verified', 'fail', 'warn'),
    premise: 'the user signs in with SMS MFA',
    deniedBy: ['MFA is OFF', 'SMS MFA is not in effect'],
  },
  {
    acting: is('client-admin-scope', 'warn', 'fail'),
    premise: 'users can set up TOTP',
    deniedBy: ['MFA is OFF', 'TOTP is not enabled'],
  },
  { acting: is('client-auth-session-validity', 'warn'), premise: 'sign-in asks for MFA', deniedBy: ['MFA is OFF'] },
  { acting: is('pool-federated-idps', 'warn'), premise: 'native users get MFA', deniedBy: ['MFA is OFF'] },
  {
    acting: saying('sms-configuration-failure', 'warn', /SNSSandbox/),
    premise: 'the account is in the SNS SMS sandbox',
    deniedBy: ['the account is out of the SNS SMS sandbox'],
  },
  {
    acting: is('sms-configuration-failure', 'fail', 'warn'),
    premise: 'the pool sends SMS',
    deniedBy: ['the pool sends no SMS'],
  },
  {
    acting: is('user-totp-setup', 'warn'),
    premise: 'users can set up TOTP',
    deniedBy: ['MFA is OFF', 'TOTP is not enabled'],
  },
];

function contradictions(findings: readonly Finding[]): string[] {
  const out: string[] = [];
  for (const f of findings) {
    for (const p of PREMISES.filter((p) => p.acting(f))) {
      for (const statement of p.deniedBy) {
        const denier = findings.find(STATES[statement]);
        if (denier)
          out.push(
            `${f.status} ${f.rule} ("${f.summary.en}") assumes ${p.premise}, but ${denier.rule} says ${statement}`,
          );
      }
    }
  }
  return out;
}

const cases = Object.entries(POOL_SHAPES).flatMap(([pool, editPool]) =>
  Object.entries(USER_SHAPES).map(([user, editUser]) => ({ name: `${pool}, ${user}`, editPool, editUser })),
);

describe('no report contradicts itself', () => {
  it(`holds on ${cases.length} pool and user shapes`, () => {
    const found = cases.flatMap(({ name, editPool, editUser }) => {
      const report = reportFromFacts(
        facts((f) => {
          editPool(f);
          editUser(f);
        }),
        { ref: REF, username: 'hana' },
      );
      return contradictions(report.findings).map((c) => `${name}: ${c}`);
    });
    expect(found).toEqual([]);
  });

  // The test itself must be able to fail: a report built to contradict itself is caught.
  it('catches a contradiction', () => {
    const mfaOff: Finding = {
      rule: 'pool-mfa-enabled',
      entry: 'totp-pool-mfa-first',
      status: 'warn',
      summary: asIs('MFA is OFF'),
      evidence: [],
    };
    const sms: Finding = {
      rule: 'pool-sms-configuration',
      entry: 'sms-mfa-invalid-parameter',
      status: 'fail',
      summary: asIs('SMS MFA is enabled but …'),
      evidence: [],
    };
    expect(contradictions([mfaOff, sms])).toHaveLength(1);
  });
});
