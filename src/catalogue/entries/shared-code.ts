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

export const DESCRIBE_POOL_MFA = 'aws cognito-idp get-user-pool-mfa-config --user-pool-id <pool-id>';

/** Turning SMS MFA on with every value SmsMfaConfiguration needs. JSON, because shorthand would parse {####}. */
export const SET_SMS_MFA = `aws cognito-idp set-user-pool-mfa-config --user-pool-id <pool-id> \\
  --mfa-configuration OPTIONAL \\
  --sms-mfa-configuration '{"SmsAuthenticationMessage":"Your code is {####}","SmsConfiguration":{"SnsCallerArn":"arn:aws:iam::<account-id>:role/<sms-role>","ExternalId":"<external-id>","SnsRegion":"<region>"}}' \\
  --software-token-mfa-configuration Enabled=<true if TOTP is used>`;
