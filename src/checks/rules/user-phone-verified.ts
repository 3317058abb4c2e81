import { type Phrases, say } from '../localized';
import type { Rule } from '../types';
import { COMMON_PHRASES, finding } from './helpers';
import { smsMfaInEffect } from './in-effect';
import { perUser } from './per-user';

const R = { id: 'user-phone-verified', entry: 'sms-unverified-phone' };

const PHRASES: Phrases<{
  noSms: (user: string) => string;
  notInEffect: (user: string) => string;
  noPhone: (user: string) => string;
  unverified: (user: string, phone: string) => string;
  verified: (user: string, phone: string) => string;
}> = {
  en: {
    noSms: (user) => `user ${user} does not use SMS MFA`,
    notInEffect: (user) =>
      `user ${user} has SMS MFA among their settings, but SMS MFA is not in effect on the pool: their phone is not used for MFA`,
    noPhone: (user) => `user ${user} has SMS MFA on but no phone_number`,
    unverified: (user, phone) =>
      `user ${user}'s phone ${phone} is not verified: Cognito still sends the MFA code, and marks it verified once they complete SMS MFA`,
    verified: (user, phone) => `user ${user}'s phone ${phone} is verified`,
  },
  ja: {
    noSms: (user) => `ユーザー ${user} は SMS の MFA を使っていません`,
    notInEffect: (user) =>
      `ユーザー ${user} の設定には SMS の MFA がありますが、プールでは SMS の MFA が機能していません: 電話番号は MFA に使われません`,
    noPhone: (user) => `ユーザー ${user} は SMS の MFA が有効ですが、phone_number がありません`,
    unverified: (user, phone) =>
      `ユーザー ${user} の電話番号 ${phone} は検証されていません: Cognito は MFA コードを送信し、SMS の MFA を完了した時点で検証済みにします`,
    verified: (user, phone) => `ユーザー ${user} の電話番号 ${phone} は検証済みです`,
  },
};

export const userPhoneVerified: Rule = {
  ...R,
  describes:
    'with a username and SMS MFA in effect on the pool: the user has a phone number and whether it is verified (numbers shown masked)',
  evaluate(facts) {
    return perUser(R, facts, (u) => {
      const usesSms = u.mfaSettings.includes('SMS_MFA') || u.preferredMfa === 'SMS_MFA';
      const verified = u.phoneNumberVerified;
      const evidence = [
        say(COMMON_PHRASES, (p) => `phone_number: ${u.phoneNumber ?? p.none}`),
        say(COMMON_PHRASES, (p) => `phone_number_verified: ${verified === undefined ? p.notSet : String(verified)}`),
      ];
      const user = u.username;
      if (!usesSms)
        return finding(
          R,
          'pass',
          say(PHRASES, (p) => p.noSms(user)),
          evidence,
        );
      if (smsMfaInEffect(facts) === false) {
        return finding(
          R,
          'pass',
          say(PHRASES, (p) => p.notInEffect(user)),
          evidence,
        );
      }
      const phone = u.phoneNumber;
      if (!phone)
        return finding(
          R,
          'fail',
          say(PHRASES, (p) => p.noPhone(user)),
          evidence,
        );
      if (verified !== true)
        return finding(
          R,
          'warn',
          say(PHRASES, (p) => p.unverified(user, phone)),
          evidence,
        );
      return finding(
        R,
        'pass',
        say(PHRASES, (p) => p.verified(user, phone)),
        evidence,
      );
    });
  },
};
