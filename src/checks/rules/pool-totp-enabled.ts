import { asIs, type Phrases, say } from '../localized';
import type { Rule } from '../types';
import { COMMON_PHRASES, finding, mfaConfigurationUnknown, mfaMode, offOnPool } from './helpers';

const R = { id: 'pool-totp-enabled', entry: 'totp-not-enabled-in-pool' };

const PHRASES: Phrases<{ on: string; offWithUser: (user: string) => string; off: string }> = {
  en: {
    on: 'TOTP MFA is enabled on the pool',
    offWithUser: (user) => `TOTP MFA is not enabled on the pool, yet user ${user} has it set up`,
    off: 'TOTP MFA is not enabled on the pool: TOTP setup and sign-in fail with SoftwareTokenMFANotFoundException',
  },
  ja: {
    on: 'プールで TOTP の MFA が有効です',
    offWithUser: (user) => `プールで TOTP の MFA が有効になっていませんが、ユーザー ${user} は設定済みです`,
    off: 'プールで TOTP の MFA が有効になっていません: TOTP の設定とサインインは SoftwareTokenMFANotFoundException で失敗します',
  },
};

export const poolTotpEnabled: Rule = {
  ...R,
  describes: 'TOTP (software token) MFA is enabled on the pool (GetUserPoolMfaConfig)',
  evaluate(facts) {
    if (!facts.mfa.ok) return [mfaConfigurationUnknown(R, facts.mfa.error)];
    if (facts.mfa.value.totpEnabled)
      return [
        finding(
          R,
          'pass',
          say(PHRASES, (p) => p.on),
        ),
      ];
    const mode = mfaMode(facts);
    const evidence = [
      asIs('SoftwareTokenMfaConfiguration.Enabled: false'),
      say(COMMON_PHRASES, (p) => `MfaConfiguration: ${mode ?? p.unknown}`),
    ];
    const user = facts.user?.ok ? facts.user.value : undefined;
    const usedByUser = user?.preferredMfa === 'SOFTWARE_TOKEN_MFA' || user?.mfaSettings.includes('SOFTWARE_TOKEN_MFA');
    const userNote = user && usedByUser ? say(PHRASES, (p) => p.offWithUser(user.username)) : undefined;
    return [
      offOnPool(
        R,
        userNote,
        say(PHRASES, (p) => p.off),
        evidence,
      ),
    ];
  },
};
