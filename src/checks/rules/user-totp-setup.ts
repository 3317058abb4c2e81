import { type Phrases, say } from '../localized';
import type { Rule } from '../types';
import { COMMON_PHRASES, finding } from './helpers';
import { totpInEffect } from './in-effect';
import { perUser } from './per-user';

const R = { id: 'user-totp-setup', entry: 'totp-no-delivery-config' };
const TOTP = 'SOFTWARE_TOKEN_MFA';

const PHRASES: Phrases<{
  federated: (user: string) => string;
  hasTotp: (user: string) => string;
  prefersWithout: (user: string) => string;
  noMfa: (user: string) => string;
  noTotp: (user: string) => string;
}> = {
  en: {
    federated: (user) => `user ${user} is federated: no Cognito TOTP`,
    hasTotp: (user) => `user ${user} has TOTP MFA set up`,
    prefersWithout: (user) => `user ${user} prefers TOTP MFA but has no TOTP set up`,
    noMfa: (user) =>
      `user ${user} has no MFA set up: enabling TOTP for them fails until AssociateSoftwareToken and VerifySoftwareToken succeed`,
    noTotp: (user) => `user ${user} does not use TOTP MFA`,
  },
  ja: {
    federated: (user) => `ユーザー ${user} はフェデレーションユーザーです: Cognito の TOTP は使いません`,
    hasTotp: (user) => `ユーザー ${user} は TOTP の MFA を設定済みです`,
    prefersWithout: (user) => `ユーザー ${user} は TOTP の MFA を優先する設定ですが、TOTP を設定していません`,
    noMfa: (user) =>
      `ユーザー ${user} は MFA を何も設定していません: AssociateSoftwareToken と VerifySoftwareToken が成功するまで、このユーザーの TOTP を有効にする操作は失敗します`,
    noTotp: (user) => `ユーザー ${user} は TOTP の MFA を使っていません`,
  },
};

export const userTotpSetup: Rule = {
  ...R,
  describes:
    'with a username: TOTP is set up for the user before it is made preferred (UserMFASettingList vs PreferredMfaSetting and the pool)',
  evaluate(facts) {
    return perUser(R, facts, (u) => {
      const evidence = [
        say(COMMON_PHRASES, (p) => `UserMFASettingList: ${u.mfaSettings.join(', ') || p.none}`),
        say(COMMON_PHRASES, (p) => `PreferredMfaSetting: ${u.preferredMfa ?? p.none}`),
      ];
      const user = u.username;
      if (u.status === 'EXTERNAL_PROVIDER')
        return finding(
          R,
          'pass',
          say(PHRASES, (p) => p.federated(user)),
          evidence,
        );
      if (u.mfaSettings.includes(TOTP))
        return finding(
          R,
          'pass',
          say(PHRASES, (p) => p.hasTotp(user)),
          evidence,
        );
      if (u.preferredMfa === TOTP)
        return finding(
          R,
          'fail',
          say(PHRASES, (p) => p.prefersWithout(user)),
          evidence,
        );
      if (totpInEffect(facts) === true && u.mfaSettings.length === 0) {
        return finding(
          R,
          'warn',
          say(PHRASES, (p) => p.noMfa(user)),
          evidence,
        );
      }
      return finding(
        R,
        'pass',
        say(PHRASES, (p) => p.noTotp(user)),
        evidence,
      );
    });
  },
};
