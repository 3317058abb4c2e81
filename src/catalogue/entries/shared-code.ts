/** Commands several entries show, defined once so a correction reaches every entry. Never localised. */

/** Setting up TOTP for a signed-in user: the order Cognito requires. */
export const TOTP_SETUP_FOR_SIGNED_IN_USER = `aws cognito-idp associate-software-token --access-token <access-token>
# store the returned SecretCode in the authenticator app, then:
aws cognito-idp verify-software-token --access-token <access-token> --user-code <code> --friendly-device-name <name>
aws cognito-idp set-user-mfa-preference --access-token <access-token> \\
  --software-token-mfa-settings Enabled=true,PreferredMfa=true`;

/** Turning TOTP on in the pool; the current SMS / email settings are read first so the call keeps them. */
export const ENABLE_TOTP_IN_POOL = `aws cognito-idp get-user-pool-mfa-config --user-pool-id <pool-id>

aws cognito-idp set-user-pool-mfa-config --user-pool-id <pool-id> \\
  --mfa-configuration OPTIONAL \\
  --software-token-mfa-configuration Enabled=true \\
  --sms-mfa-configuration '<current SmsMfaConfiguration, if SMS MFA is used>'`;

/** Resetting the TOTP factor of a user who lost the device, then checking which factors remain. */
export const DELETE_USER_TOTP = `aws cognito-idp admin-delete-software-token --user-pool-id <pool-id> --username <username>
aws cognito-idp admin-get-user --user-pool-id <pool-id> --username <username> \\
  --query "[UserMFASettingList,PreferredMfaSetting]"`;

export const DESCRIBE_POOL_MFA = 'aws cognito-idp get-user-pool-mfa-config --user-pool-id <pool-id>';

/** Turning SMS MFA on with every value SmsMfaConfiguration needs. JSON, because shorthand would parse {####}. */
export const SET_SMS_MFA = `aws cognito-idp set-user-pool-mfa-config --user-pool-id <pool-id> \\
  --mfa-configuration OPTIONAL \\
  --sms-mfa-configuration '{"SmsAuthenticationMessage":"Your code is {####}","SmsConfiguration":{"SnsCallerArn":"arn:aws:iam::<account-id>:role/<sms-role>","ExternalId":"<external-id>","SnsRegion":"<region>"}}' \\
  --software-token-mfa-configuration Enabled=<true if TOTP is used>`;

/** The app-client settings UpdateUserPoolClient resets unless they are passed back: CLI option -> current value. */
const CLIENT_SETTINGS: Record<string, string> = {
  '--explicit-auth-flows': '<current ExplicitAuthFlows>',
  '--supported-identity-providers': '<current SupportedIdentityProviders>',
  '--callback-urls': '<current CallbackURLs>',
  '--logout-urls': '<current LogoutURLs>',
  '--allowed-o-auth-flows': '<current AllowedOAuthFlows>',
  '--allowed-o-auth-scopes': '<current AllowedOAuthScopes>',
  '--allowed-o-auth-flows-user-pool-client': '',
  '--auth-session-validity': '<current AuthSessionValidity>',
  '--refresh-token-validity': '<current>',
  '--access-token-validity': '<current>',
  '--id-token-validity': '<current>',
  '--token-validity-units': '<current TokenValidityUnits>',
  '--read-attributes': '<current>',
  '--write-attributes': '<current>',
  '--prevent-user-existence-errors': '<current>',
  '--enable-token-revocation': '',
};

/**
 * An UpdateUserPoolClient call that applies `changes` (option -> value) and passes every other current setting back,
 * shown two ways: option by option, and describe -> edit with jq -> update, which cannot forget a setting.
 */
export function updateUserPoolClient(changes: Record<string, string>, jqEdit: string): string {
  const options = Object.entries({ ...changes, ...omit(CLIENT_SETTINGS, Object.keys(changes)) }).map(
    ([option, value]) => (value === '' ? option : `${option} ${value}`),
  );
  return `aws cognito-idp describe-user-pool-client --user-pool-id <pool-id> --client-id <client-id>

aws cognito-idp update-user-pool-client --user-pool-id <pool-id> --client-id <client-id> \\
  ${options.join(' \\\n  ')}

# or carry every current setting over automatically (needs jq):
aws cognito-idp describe-user-pool-client --user-pool-id <pool-id> --client-id <client-id> \\
  --query UserPoolClient --output json \\
  | jq 'del(.ClientSecret, .CreationDate, .LastModifiedDate) | ${jqEdit}' > client.json
aws cognito-idp update-user-pool-client --cli-input-json file://client.json`;
}

function omit(settings: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(settings).filter(([key]) => !keys.includes(key)));
}
