/**
 * What of the pool's MFA setup is in effect, which is what a rule may judge: a factor configured on a pool whose MFA
 * is OFF asks nothing of anyone, and a report that judged it would contradict its own "MFA is OFF".
 * Each answer is undefined when the reads that would tell failed.
 */
import type { Facts, SmsConfigurationFacts } from '../facts';
import { mfaMode } from './helpers';

/** MFA is ON or OPTIONAL. */
function mfaInEffect(facts: Facts): boolean | undefined {
  const mode = mfaMode(facts);
  return mode === undefined ? undefined : mode !== 'OFF';
}

/** MFA is in effect and GetUserPoolMfaConfig shows the SMS factor configured. */
export function smsMfaInEffect(facts: Facts): boolean | undefined {
  const mfa = mfaInEffect(facts);
  if (mfa === false) return false;
  if (!facts.mfa.ok) return undefined;
  return facts.mfa.value.sms ? mfa : false;
}

/** MFA is in effect and TOTP is enabled on the pool. */
export function totpInEffect(facts: Facts): boolean | undefined {
  const mfa = mfaInEffect(facts);
  if (mfa === false) return false;
  if (!facts.mfa.ok) return undefined;
  return facts.mfa.value.totpEnabled ? mfa : false;
}

/** MFA is in effect and email MFA is enabled. */
export function emailMfaInEffect(facts: Facts): boolean | undefined {
  const mfa = mfaInEffect(facts);
  if (mfa === false) return false;
  if (!facts.mfa.ok) return undefined;
  return facts.mfa.value.email ? mfa : false;
}

/** A configuration that names a role to send with, on either SMS path: an empty object configures nothing. */
export function namesSmsRole(config: SmsConfigurationFacts | undefined): boolean {
  return Boolean(config?.snsCallerArn || config?.eumsCallerArn);
}
