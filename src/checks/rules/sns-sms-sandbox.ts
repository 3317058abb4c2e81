import type { Rule } from '../types';
import { finding, unknownFrom } from './helpers';
import { regionEvidence, snsOrFinding } from './sns-applies';

const R = { id: 'sns-sms-sandbox', entry: 'sms-first-time-setup' };
const SHOWN = 5;

export const snsSmsSandbox: Rule = {
  ...R,
  describes:
    "the account's SNS SMS sandbox status in the pool's SMS region (in the sandbox only verified numbers get SMS)",
  evaluate(facts) {
    const sns = snsOrFinding(R, facts);
    if ('rule' in sns) return [sns];
    if (!sns.sandbox.ok) return [unknownFrom(R, sns.sandbox.error, `the SNS SMS sandbox status in ${sns.region}`)];
    const evidence = [regionEvidence(sns)];
    if (!sns.sandbox.value) {
      return [finding(R, 'pass', `the account is out of the SNS SMS sandbox in ${sns.region}`, evidence)];
    }
    const numbers = sns.sandboxNumbers?.ok ? sns.sandboxNumbers.value : undefined;
    const verified = numbers?.filter((n) => n.status === 'Verified') ?? [];
    if (numbers) {
      const shown = numbers.slice(0, SHOWN).map((n) => `${n.phoneNumber} (${n.status})`);
      evidence.push(
        `sandbox destination numbers: ${shown.join(', ') || 'none'}${numbers.length > SHOWN ? ` and ${numbers.length - SHOWN} more` : ''}`,
      );
    } else if (sns.sandboxNumbers && !sns.sandboxNumbers.ok) {
      evidence.push(
        `sandbox destination numbers not read (${sns.sandboxNumbers.error.action}: ${sns.sandboxNumbers.error.kind})`,
      );
    }
    if (numbers && verified.length === 0) {
      return [
        finding(
          R,
          'fail',
          `the account is in the SNS SMS sandbox in ${sns.region} with no verified destination number: no SMS can be delivered`,
          evidence,
        ),
      ];
    }
    const count = numbers
      ? `${verified.length} verified destination number${verified.length === 1 ? '' : 's'}`
      : 'verified destination numbers';
    return [
      finding(
        R,
        'warn',
        `the account is in the SNS SMS sandbox in ${sns.region}: only ${count} ${numbers && verified.length === 1 ? 'receives' : 'receive'} SMS`,
        evidence,
      ),
    ];
  },
};
