import { entry as codeDeliveryFailure } from './entries/code-delivery-failure';
import { entry as codeMismatch } from './entries/code-mismatch';
import { entry as emailMfaRequirements } from './entries/email-mfa-requirements';
import { entry as enableSoftwareTokenMismatch } from './entries/enable-software-token-mismatch';
import { entry as federatedUsersNoMfa } from './entries/federated-users-no-mfa';
import { entry as legacyMfaOptions } from './entries/legacy-mfa-options';
import { entry as mfaConfigOffAndConfigured } from './entries/mfa-config-off-and-configured';
import { entry as mfaMethodNotFound } from './entries/mfa-method-not-found';
import { entry as passkeyMfaSetup } from './entries/passkey-mfa-setup';
import { entry as sessionExpired } from './entries/session-expired';
import { entry as sessionInvalid } from './entries/session-invalid';
import { entry as sessionMissing } from './entries/session-missing';
import { entry as sessionUsedOnce } from './entries/session-used-once';
import { LANGUAGE_EDITIONS } from './entries/shared-links';
import { entry as smsFirstTimeSetup } from './entries/sms-first-time-setup';
import { entry as smsMfaInvalidParameter } from './entries/sms-mfa-invalid-parameter';
import { entry as smsMfaNoPhoneNumber } from './entries/sms-mfa-no-phone-number';
import { entry as smsRoleAccessPolicy } from './entries/sms-role-access-policy';
import { entry as smsRoleTrust } from './entries/sms-role-trust';
import { entry as smsUnverifiedPhone } from './entries/sms-unverified-phone';
import { entry as threatProtectionMfaWithoutFactor } from './entries/threat-protection-mfa-without-factor';
import { entry as totpAssociateBeforeSignin } from './entries/totp-associate-before-signin';
import { entry as totpCodeReused } from './entries/totp-code-reused';
import { entry as totpMissingAdminScope } from './entries/totp-missing-admin-scope';
import { entry as totpNoDeliveryConfig } from './entries/totp-no-delivery-config';
import { entry as totpNotEnabledInPool } from './entries/totp-not-enabled-in-pool';
import { entry as totpNotSetUpForUser } from './entries/totp-not-set-up-for-user';
import { entry as totpPoolMfaFirst } from './entries/totp-pool-mfa-first';
import { entry as wafCaptchaTotpSetup } from './entries/waf-captcha-totp-setup';
import type { CatalogueEntry, DocLink, Lang } from './types';
import { validateCatalogue } from './validate';

/**
 * Every entry, in the order of the seed article (SMS, then TOTP), then the field entries.
 * Imported explicitly (no directory scan) so bundlers for Lambda see every file.
 */
const entries: CatalogueEntry[] = [
  smsFirstTimeSetup,
  smsUnverifiedPhone,
  smsRoleAccessPolicy,
  smsRoleTrust,
  smsMfaInvalidParameter,
  totpPoolMfaFirst,
  totpAssociateBeforeSignin,
  federatedUsersNoMfa,
  totpMissingAdminScope,
  sessionUsedOnce,
  sessionExpired,
  codeMismatch,
  totpNoDeliveryConfig,
  sessionInvalid,
  enableSoftwareTokenMismatch,
  totpNotEnabledInPool,
  totpCodeReused,
  mfaMethodNotFound,
  sessionMissing,
  smsMfaNoPhoneNumber,
  legacyMfaOptions,
  mfaConfigOffAndConfigured,
  codeDeliveryFailure,
  totpNotSetUpForUser,
  emailMfaRequirements,
  wafCaptchaTotpSetup,
  threatProtectionMfaWithoutFactor,
  passkeyMfaSetup,
];

validateCatalogue(entries);

export const catalogue: readonly CatalogueEntry[] = Object.freeze(entries);

const byId = new Map(catalogue.map((entry) => [entry.id, entry]));

export function findEntry(id: string): CatalogueEntry | undefined {
  return byId.get(id);
}

export function getEntry(id: string): CatalogueEntry {
  const entry = byId.get(id);
  if (!entry) throw new Error(`Unknown catalogue entry "${id}". Known ids: ${[...byId.keys()].join(', ')}`);
  return entry;
}

/** The entry's links a reader of `lang` should see: pages in every language, and only their edition of translated ones. */
export function linksFor(entry: CatalogueEntry, lang: Lang): DocLink[] {
  return entry.links.filter((link) => (LANGUAGE_EDITIONS.get(link.url) ?? lang) === lang);
}
