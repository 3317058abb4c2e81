import type { Rule } from '../types';
import { finding } from './helpers';
import { smsMfaInEffect } from './in-effect';
import { perUser } from './per-user';

const R = { id: 'user-phone-verified', entry: 'sms-unverified-phone' };

export const userPhoneVerified: Rule = {
  ...R,
  describes:
    'with a username and SMS MFA in effect on the pool: the user has a phone number and whether it is verified (numbers shown masked)',
  evaluate(facts) {
    return perUser(R, facts, (u) => {
      const usesSms = u.mfaSettings.includes('SMS_MFA') || u.preferredMfa === 'SMS_MFA';
      const evidence = [
        `phone_number: ${u.phoneNumber ?? '(none)'}`,
        `phone_number_verified: ${u.phoneNumberVerified === undefined ? '(not set)' : String(u.phoneNumberVerified)}`,
      ];
      if (!usesSms) return finding(R, 'pass', `user ${u.username} does not use SMS MFA`, evidence);
      if (smsMfaInEffect(facts) === false) {
        return finding(
          R,
          'pass',
          `user ${u.username} has SMS MFA among their settings, but SMS MFA is not in effect on the pool: their phone is not used for MFA`,
          evidence,
        );
      }
      if (!u.phoneNumber) {
        return finding(R, 'fail', `user ${u.username} has SMS MFA on but no phone_number`, evidence);
      }
      if (u.phoneNumberVerified !== true) {
        return finding(
          R,
          'warn',
          `user ${u.username}'s phone ${u.phoneNumber} is not verified: Cognito still sends the MFA code, and marks it verified once they complete SMS MFA`,
          evidence,
        );
      }
      return finding(R, 'pass', `user ${u.username}'s phone ${u.phoneNumber} is verified`, evidence);
    });
  },
};
