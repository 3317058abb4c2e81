import type { Rule } from '../types';
import { clientAdminScope } from './client-admin-scope';
import { clientAuthSessionValidity } from './client-auth-session-validity';
import { poolEmailMfa } from './pool-email-mfa';
import { poolFederatedIdps } from './pool-federated-idps';
import { poolMfaEnabled } from './pool-mfa-enabled';
import { poolSmsConfiguration } from './pool-sms-configuration';
import { poolTotpEnabled } from './pool-totp-enabled';
import { smsConfigurationFailure } from './sms-configuration-failure';
import { smsRolePermission } from './sms-role-permission';
import { smsRoleTrust } from './sms-role-trust';
import { snsSmsMonthlySpend } from './sns-sms-monthly-spend';
import { snsSmsSandbox } from './sns-sms-sandbox';
import { snsSmsSpendLimit } from './sns-sms-spend-limit';
import { userFederated } from './user-federated';
import { userPhoneVerified } from './user-phone-verified';
import { userTotpSetup } from './user-totp-setup';

/**
 * Every /mfa-check rule, in the order the report lists findings of equal status. Each rule names the catalogue entry
 * it speaks to (`Rule.entry`); that is the only place the link is written, and what the catalogue side needs is derived
 * here, so the catalogue stays free of checks.
 */
export const rules: readonly Rule[] = [
  smsRoleTrust,
  smsRolePermission,
  smsConfigurationFailure,
  snsSmsSandbox,
  snsSmsSpendLimit,
  snsSmsMonthlySpend,
  poolMfaEnabled,
  poolTotpEnabled,
  poolSmsConfiguration,
  poolEmailMfa,
  clientAuthSessionValidity,
  clientAdminScope,
  poolFederatedIdps,
  userFederated,
  userTotpSetup,
  userPhoneVerified,
];

const ENTRIES_CHECKED = new Set(rules.map((rule) => rule.entry));

/** Whether a rule speaks to the entry: a /mfa-check of the person's pool can then confirm or rule the diagnosis out. */
export function isCheckable(entryId: string): boolean {
  return ENTRIES_CHECKED.has(entryId);
}
