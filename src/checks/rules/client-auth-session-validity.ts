import { type Phrases, say } from '../localized';
import type { Rule } from '../types';
import { clientLabel, finding, mfaMode } from './helpers';
import { perClient } from './per-client';

const R = { id: 'client-auth-session-validity', entry: 'session-expired' };
/** Minutes, when AuthSessionValidity is not set. */
const DEFAULT_MINUTES = 3;

const PHRASES: Phrases<{
  setting: (minutes: number | undefined) => string;
  keeps: (client: string, minutes: number) => string;
  short: (client: string, minutes: number) => string;
}> = {
  en: {
    setting: (minutes) => `AuthSessionValidity: ${minutes ?? `(not set: ${DEFAULT_MINUTES})`} minutes`,
    keeps: (client, minutes) => `app client ${client} keeps sign-in sessions for ${minutes} minutes`,
    short: (client, minutes) =>
      `app client ${client} gives users ${minutes} minutes (the default) per sign-in step, MFA code entry included`,
  },
  ja: {
    setting: (minutes) => `AuthSessionValidity: ${minutes ?? `(未設定: ${DEFAULT_MINUTES})`} 分`,
    keeps: (client, minutes) => `アプリクライアント ${client} のサインインセッションは ${minutes} 分です`,
    short: (client, minutes) =>
      `アプリクライアント ${client} では、MFA コードの入力を含むサインインの各ステップに ${minutes} 分 (デフォルト) しかありません`,
  },
};

export const clientAuthSessionValidity: Rule = {
  ...R,
  describes:
    'per app client: the authentication flow session (AuthSessionValidity, 3 to 15 minutes, default 3) leaves time to enter an MFA code',
  evaluate(facts) {
    const mode = mfaMode(facts);
    return perClient(R, facts, (c) => {
      const minutes = c.authSessionValidity ?? DEFAULT_MINUTES;
      const evidence = [say(PHRASES, (p) => p.setting(c.authSessionValidity))];
      if (mode === 'OFF' || minutes > DEFAULT_MINUTES) {
        return finding(
          R,
          'pass',
          say(PHRASES, (p) => p.keeps(clientLabel(c), minutes)),
          evidence,
        );
      }
      return finding(
        R,
        'warn',
        say(PHRASES, (p) => p.short(clientLabel(c), minutes)),
        evidence,
      );
    });
  },
};
