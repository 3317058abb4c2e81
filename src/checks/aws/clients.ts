import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { IAMClient, IAMClientConfig } from '@aws-sdk/client-iam';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { PoolRef } from '../pool-ref';

/** Static keys or a provider, as every SDK client takes them. */
type Credentials = NonNullable<IAMClientConfig['credentials']>;

interface StaticCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

/** The clients one check uses. Tests inject their own (static credentials, `maxAttempts: 1`). */
export interface AwsClients {
  cognito: CognitoIdentityProviderClient;
  iam: IAMClient;
  /** SNS is per region: the pool's SMS region may differ from the pool's. */
  sns(region: string): SNSClient;
  /** CloudWatch of the SMS region: SNS publishes the month's SMS spend there. */
  cloudwatch(region: string): CloudWatchClient;
}

export interface ClientOptions {
  /** Default: the SDK's standard credential chain (environment, AWS_PROFILE, SSO, container, instance). */
  credentials?: Credentials;
  /** Default: the SDK's (3 attempts, throttling and timeouts retried). */
  maxAttempts?: number;
  /** Per attempt, ms. */
  requestTimeoutMs?: number;
  connectionTimeoutMs?: number;
}

const DEFAULT_REQUEST_TIMEOUT_MS = 5_000;
export const DEFAULT_CONNECTION_TIMEOUT_MS = 3_000;

/**
 * Builds clients on demand: the SDK packages load only when a check runs. Endpoints come from the SDK's own
 * configuration (`AWS_ENDPOINT_URL`, `AWS_ENDPOINT_URL_<SERVICE>`, profiles); none is set here.
 */
export async function createClients(ref: Pick<PoolRef, 'region'>, options: ClientOptions = {}): Promise<AwsClients> {
  const [cognito, iam, sns, cloudwatch] = await Promise.all([
    import('@aws-sdk/client-cognito-identity-provider'),
    import('@aws-sdk/client-iam'),
    import('@aws-sdk/client-sns'),
    import('@aws-sdk/client-cloudwatch'),
  ]);
  const base = {
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    requestHandler: {
      requestTimeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      connectionTimeout: options.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
      // Without this the handler only logs a warning when a request runs past requestTimeout.
      throwOnRequestTimeout: true,
    },
  };
  const snsClients = perRegion((region) => new sns.SNSClient({ ...base, region }));
  const cloudwatchClients = perRegion((region) => new cloudwatch.CloudWatchClient({ ...base, region }));
  return {
    cognito: new cognito.CognitoIdentityProviderClient({ ...base, region: ref.region }),
    // IAM is global per partition; the SDK's endpoint rules map any region of the partition to it.
    iam: new iam.IAMClient({ ...base, region: ref.region }),
    sns: snsClients,
    cloudwatch: cloudwatchClients,
  };
}

/** One client per region, made on first use. */
function perRegion<C>(make: (region: string) => C): (region: string) => C {
  const made = new Map<string, C>();
  return (region) => {
    let client = made.get(region);
    if (!client) {
      client = make(region);
      made.set(region, client);
    }
    return client;
  };
}

export interface AssumedRole {
  credentials: StaticCredentials;
  /** The account the role lives in. */
  account?: string;
}

/** STS AssumeRole into an MFA_CHECK_ACCOUNTS alias's role, with its external id when configured. */
export async function assumeRole(
  region: string,
  role: { roleArn: string; externalId?: string },
  options: ClientOptions & { abortSignal?: AbortSignal } = {},
): Promise<AssumedRole> {
  const sts = await import('@aws-sdk/client-sts');
  const client = new sts.STSClient({
    region,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    requestHandler: {
      requestTimeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      throwOnRequestTimeout: true,
    },
  });
  const out = await client.send(
    new sts.AssumeRoleCommand({
      RoleArn: role.roleArn,
      RoleSessionName: 'cognito-mfa-check',
      DurationSeconds: 900,
      ...(role.externalId ? { ExternalId: role.externalId } : {}),
    }),
    options.abortSignal ? { abortSignal: options.abortSignal as never } : {},
  );
  const c = out.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey)
    throw new Error(`STS AssumeRole into ${role.roleArn} returned no credentials.`);
  return {
    credentials: {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
    },
    account: /^arn:[\w-]+:iam::(\d{12}):/.exec(role.roleArn)?.[1],
  };
}
