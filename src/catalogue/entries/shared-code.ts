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

/**
 * Turning SMS MFA on with every value SmsMfaConfiguration needs, for each of the two SMS paths. JSON, because
 * shorthand would parse {####}. The paths exclude each other (setting one clears the other), so the pool's current
 * SmsConfiguration is read first and its path kept:
 * https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-sms-settings.html
 */
export const SET_SMS_MFA = `aws cognito-idp describe-user-pool --user-pool-id <pool-id> --query UserPool.SmsConfiguration

# the pool sends SMS through Amazon SNS (SnsCallerArn):
aws cognito-idp set-user-pool-mfa-config --user-pool-id <pool-id> \\
  --mfa-configuration OPTIONAL \\
  --sms-mfa-configuration '{"SmsAuthenticationMessage":"Your code is {####}","SmsConfiguration":{"SnsCallerArn":"arn:aws:iam::<account-id>:role/<sms-role>","ExternalId":"<external-id>","SnsRegion":"<region>"}}' \\
  --software-token-mfa-configuration Enabled=<true if TOTP is used>

# the pool sends SMS through AWS End User Messaging SMS directly (EumsSms):
aws cognito-idp set-user-pool-mfa-config --user-pool-id <pool-id> \\
  --mfa-configuration OPTIONAL \\
  --sms-mfa-configuration '{"SmsAuthenticationMessage":"Your code is {####}","SmsConfiguration":{"EumsSms":{"CallerArn":"arn:aws:iam::<account-id>:role/<sms-role>","ExternalId":"<external-id>","OriginationIdentity":"<current OriginationIdentity>"}}}' \\
  --software-token-mfa-configuration Enabled=<true if TOTP is used>`;

/** Which of the two SMS paths a pool uses, and the role, external ID and origination identity of each. */
export const DESCRIBE_SMS_PATH =
  'aws cognito-idp describe-user-pool --user-pool-id <pool-id> \\\n  --query "UserPool.[SmsConfiguration,SmsConfigurationFailure]"';

/**
 * Every setting UpdateUserPoolClient takes besides the pool and client ids, as CLI option -> what to pass: the call
 * resets each one left out, so the hand-written form passes them all. `--[no-]x` marks a boolean: `--x` when it is true
 * now, `--no-x` when false (always passing `--x` would turn OAuth or revocation on for a client that has it off).
 * test/catalogue/client-template.test.ts checks this list against the installed SDK's input shape.
 */
const CLIENT_SETTINGS: Record<string, string> = {
  '--client-name': '<current ClientName>',
  '--explicit-auth-flows': '<current ExplicitAuthFlows>',
  '--supported-identity-providers': '<current SupportedIdentityProviders>',
  '--callback-urls': '<current CallbackURLs>',
  '--logout-urls': '<current LogoutURLs>',
  '--default-redirect-uri': '<current DefaultRedirectURI>',
  '--allowed-o-auth-flows': '<current AllowedOAuthFlows>',
  '--allowed-o-auth-scopes': '<current AllowedOAuthScopes>',
  '--[no-]allowed-o-auth-flows-user-pool-client': '',
  '--auth-session-validity': '<current AuthSessionValidity>',
  '--refresh-token-validity': '<current RefreshTokenValidity>',
  '--access-token-validity': '<current AccessTokenValidity>',
  '--id-token-validity': '<current IdTokenValidity>',
  '--token-validity-units': '<current TokenValidityUnits>',
  '--read-attributes': '<current ReadAttributes>',
  '--write-attributes': '<current WriteAttributes>',
  '--analytics-configuration': '<current AnalyticsConfiguration>',
  '--prevent-user-existence-errors': '<current PreventUserExistenceErrors>',
  '--[no-]enable-token-revocation': '',
  '--[no-]enable-propagate-additional-user-context-data': '',
  '--refresh-token-rotation': '<current RefreshTokenRotation>',
};

/** Fields describe-user-pool-client prints that UpdateUserPoolClient does not take: the jq route drops them. */
const CLIENT_OUTPUT_ONLY = ['ClientSecret', 'CreationDate', 'LastModifiedDate', 'ClientType'];

/**
 * An UpdateUserPoolClient call that applies `changes` (option -> value) and keeps every other current setting. The jq
 * route comes first because it cannot forget a setting; the hand-written form lists every option the call takes.
 */
function updateUserPoolClient(changes: Record<string, string>, jqEdit: string): string {
  const options = Object.entries({ ...CLIENT_SETTINGS, ...changes }).map(([option, value]) =>
    value === '' ? option : `${option} ${value}`,
  );
  return `aws cognito-idp describe-user-pool-client --user-pool-id <pool-id> --client-id <client-id> \\
  --query UserPoolClient --output json \\
  | jq 'del(${CLIENT_OUTPUT_ONLY.map((field) => `.${field}`).join(', ')}) | ${jqEdit}' > client.json
aws cognito-idp update-user-pool-client --cli-input-json file://client.json

# or by hand: every setting describe-user-pool-client shows, with the change
# (--[no-]x: --x if it is true now, --no-x if false; leave out what is not set)
aws cognito-idp update-user-pool-client --user-pool-id <pool-id> --client-id <client-id> \\
  ${options.join(' \\\n  ')}`;
}

/** Raising the authentication flow session duration to its maximum, keeping every other app-client setting. */
export const RAISE_AUTH_SESSION_VALIDITY = updateUserPoolClient(
  { '--auth-session-validity': '15' },
  '.AuthSessionValidity = 15',
);

/** Allowing the aws.cognito.signin.user.admin scope on an app client, keeping every other setting. */
export const ALLOW_ADMIN_SCOPE = updateUserPoolClient(
  { '--allowed-o-auth-scopes': '<current AllowedOAuthScopes> aws.cognito.signin.user.admin' },
  '.AllowedOAuthScopes = ((.AllowedOAuthScopes // []) + ["aws.cognito.signin.user.admin"] | unique)',
);
