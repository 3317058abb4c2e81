import { type Phrases, say } from '../localized';
import type { Rule } from '../types';
import { finding, UNKNOWN_PHRASES, unknownFrom } from './helpers';
import { regionEvidence, snsOrFinding } from './sns-applies';

const R = { id: 'sns-sms-sandbox', entry: 'sms-first-time-setup' };
const SHOWN = 5;

const PHRASES: Phrases<{
  status: (region: string) => string;
  out: (region: string) => string;
  numbers: (shown: string, more: number) => string;
  notRead: (action: string, kind: string) => string;
  noneVerified: (region: string) => string;
  onlyVerified: (region: string, verified: number | undefined) => string;
}> = {
  en: {
    status: (region) => `the SNS SMS sandbox status in ${region}`,
    out: (region) => `the account is out of the SNS SMS sandbox in ${region}`,
    numbers: (shown, more) => `sandbox destination numbers: ${shown || 'none'}${more > 0 ? ` and ${more} more` : ''}`,
    notRead: (action, kind) => `sandbox destination numbers not read (${action}: ${kind})`,
    noneVerified: (region) =>
      `the account is in the SNS SMS sandbox in ${region} with no verified destination number: no SMS can be delivered`,
    onlyVerified: (region, verified) =>
      `the account is in the SNS SMS sandbox in ${region}: only ${
        verified === undefined
          ? 'verified destination numbers receive'
          : `${verified} verified destination number${verified === 1 ? ' receives' : 's receive'}`
      } SMS`,
  },
  ja: {
    status: (region) => `${region} の SNS SMS サンドボックスの状態`,
    out: (region) => `アカウントは ${region} の SNS SMS サンドボックスの外にあります`,
    numbers: (shown, more) => `サンドボックスの送信先番号: ${shown || 'なし'}${more > 0 ? ` ほか ${more} 件` : ''}`,
    notRead: (action, kind) => `サンドボックスの送信先番号は読み取れませんでした (${action}: ${kind})`,
    noneVerified: (region) =>
      `アカウントは ${region} の SNS SMS サンドボックス内にあり、検証済みの送信先番号がありません: SMS はどこにも届きません`,
    onlyVerified: (region, verified) =>
      `アカウントは ${region} の SNS SMS サンドボックス内にあります: SMS を受け取れるのは検証済みの送信先番号${verified === undefined ? '' : ` ${verified} 件`}だけです`,
  },
};

export const snsSmsSandbox: Rule = {
  ...R,
  describes:
    "the account's SNS SMS sandbox status in the pool's SMS region (in the sandbox only verified numbers get SMS)",
  evaluate(facts) {
    const sns = snsOrFinding(R, facts);
    if ('rule' in sns) return [sns];
    const { region } = sns;
    if (!sns.sandbox.ok)
      return [
        unknownFrom(
          R,
          sns.sandbox.error,
          say(PHRASES, (p) => p.status(region)),
        ),
      ];
    const evidence = [regionEvidence(sns)];
    if (!sns.sandbox.value)
      return [
        finding(
          R,
          'pass',
          say(PHRASES, (p) => p.out(region)),
          evidence,
        ),
      ];
    const numbers = sns.sandboxNumbers?.ok ? sns.sandboxNumbers.value : undefined;
    const verified = numbers?.filter((n) => n.status === 'Verified') ?? [];
    if (numbers) {
      const shown = numbers.slice(0, SHOWN).map((n) => `${n.phoneNumber} (${n.status})`);
      evidence.push(say(PHRASES, (p) => p.numbers(shown.join(', '), numbers.length - shown.length)));
    } else if (sns.sandboxNumbers && !sns.sandboxNumbers.ok) {
      const { action, kind } = sns.sandboxNumbers.error;
      evidence.push(say(PHRASES, (p, lang) => p.notRead(action, UNKNOWN_PHRASES[lang].kind[kind])));
    }
    if (numbers && verified.length === 0) {
      return [
        finding(
          R,
          'fail',
          say(PHRASES, (p) => p.noneVerified(region)),
          evidence,
        ),
      ];
    }
    return [
      finding(
        R,
        'warn',
        say(PHRASES, (p) => p.onlyVerified(region, numbers && verified.length)),
        evidence,
      ),
    ];
  },
};
