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
import { snsSmsSandbox } from './sns-sms-sandbox';
import { snsSmsSpendLimit } from './sns-sms-spend-limit';
import { userFederated } from './user-federated';
import { userPhoneVerified } from './user-phone-verified';
import { userTotpSetup } from './user-totp-setup';

/** Every /mfa-check rule, in the order the report lists findings of equal status. */
export const rules: readonly Rule[] = [
  smsRoleTrust,
  smsRolePermission,
  smsConfigurationFailure,
  snsSmsSandbox,
  snsSmsSpendLimit,
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
