/** Follow-up questions and answers per catalogue entry, plus general topics; validated when first loaded. */
import { catalogue } from '../index';
import type { FollowUp } from '../types';
import { followUps as codeDeliveryFailure } from './code-delivery-failure';
import { followUps as codeMismatch } from './code-mismatch';
import { followUps as emailMfaRequirements } from './email-mfa-requirements';
import { followUps as enableSoftwareTokenMismatch } from './enable-software-token-mismatch';
import { followUps as federatedUsersNoMfa } from './federated-users-no-mfa';
import { generalTopics as general } from './general';
import { followUps as legacyMfaOptions } from './legacy-mfa-options';
import { followUps as mfaConfigOffAndConfigured } from './mfa-config-off-and-configured';
import { followUps as mfaMethodNotFound } from './mfa-method-not-found';
import { followUps as passkeyMfaSetup } from './passkey-mfa-setup';
import { followUps as sessionExpired } from './session-expired';
import { followUps as sessionInvalid } from './session-invalid';
import { followUps as sessionMissing } from './session-missing';
import { followUps as sessionUsedOnce } from './session-used-once';
import { followUps as smsFirstTimeSetup } from './sms-first-time-setup';
import { followUps as smsMfaInvalidParameter } from './sms-mfa-invalid-parameter';
import { followUps as smsMfaNoPhoneNumber } from './sms-mfa-no-phone-number';
import { followUps as smsRoleAccessPolicy } from './sms-role-access-policy';
import { followUps as smsRoleTrust } from './sms-role-trust';
import { followUps as smsUnverifiedPhone } from './sms-unverified-phone';
import { followUps as threatProtectionMfaWithoutFactor } from './threat-protection-mfa-without-factor';
import { followUps as totpAssociateBeforeSignin } from './totp-associate-before-signin';
import { followUps as totpCodeReused } from './totp-code-reused';
import { followUps as totpMissingAdminScope } from './totp-missing-admin-scope';
import { followUps as totpNoDeliveryConfig } from './totp-no-delivery-config';
import { followUps as totpNotEnabledInPool } from './totp-not-enabled-in-pool';
import { followUps as totpNotSetUpForUser } from './totp-not-set-up-for-user';
import { followUps as totpPoolMfaFirst } from './totp-pool-mfa-first';
import { assertValidFollowUps } from './validate';
import { followUps as wafCaptchaTotpSetup } from './waf-captcha-totp-setup';

/** Follow-ups keyed by catalogue entry id. */
export const followUpsByEntry: Readonly<Record<string, readonly FollowUp[]>> = {
  'sms-first-time-setup': smsFirstTimeSetup,
  'sms-unverified-phone': smsUnverifiedPhone,
  'sms-role-access-policy': smsRoleAccessPolicy,
  'sms-role-trust': smsRoleTrust,
  'sms-mfa-invalid-parameter': smsMfaInvalidParameter,
  'totp-pool-mfa-first': totpPoolMfaFirst,
  'totp-associate-before-signin': totpAssociateBeforeSignin,
  'federated-users-no-mfa': federatedUsersNoMfa,
  'totp-missing-admin-scope': totpMissingAdminScope,
  'session-used-once': sessionUsedOnce,
  'session-expired': sessionExpired,
  'code-mismatch': codeMismatch,
  'totp-no-delivery-config': totpNoDeliveryConfig,
  'session-invalid': sessionInvalid,
  'enable-software-token-mismatch': enableSoftwareTokenMismatch,
  'totp-not-enabled-in-pool': totpNotEnabledInPool,
  'totp-code-reused': totpCodeReused,
  'mfa-method-not-found': mfaMethodNotFound,
  'session-missing': sessionMissing,
  'sms-mfa-no-phone-number': smsMfaNoPhoneNumber,
  'legacy-mfa-options': legacyMfaOptions,
  'mfa-config-off-and-configured': mfaConfigOffAndConfigured,
  'code-delivery-failure': codeDeliveryFailure,
  'totp-not-set-up-for-user': totpNotSetUpForUser,
  'email-mfa-requirements': emailMfaRequirements,
  'waf-captcha-totp-setup': wafCaptchaTotpSetup,
  'threat-protection-mfa-without-factor': threatProtectionMfaWithoutFactor,
  'passkey-mfa-setup': passkeyMfaSetup,
};

/** Topics that belong to no single entry (MFA factors, plans, remembered devices, SMS logs ...). */
export const generalTopics: readonly FollowUp[] = general;

assertValidFollowUps(followUpsByEntry, generalTopics, new Set(catalogue.map((entry) => entry.id)));

const byId = new Map<string, FollowUp>(
  [...Object.values(followUpsByEntry).flat(), ...generalTopics].map((followUp) => [followUp.id, followUp]),
);

/** The follow-ups of one entry (empty for an entry without any, or an unknown id). */
export function followUpsFor(entryId: string): readonly FollowUp[] {
  return followUpsByEntry[entryId] ?? [];
}

/** A follow-up by its id (`<entry-id>/<topic>` or `general/<topic>`), e.g. from a suggestion button's value. */
export function findFollowUp(id: string): FollowUp | undefined {
  return byId.get(id);
}
