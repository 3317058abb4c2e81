/**
 * Everything a Lambda instance builds once, at its first invocation, and reuses while it stays warm: the secrets,
 * the configuration, the Bolt app on an AwsLambdaReceiver, the deferrer and the idempotency store.
 */
import { type App, AwsLambdaReceiver, type LogLevel } from '@slack/bolt';
import { ConfigError, loadConfig } from '../../config';
import { appSettingsFrom, createApp } from '../../slack/app';
import { resolveBotIdentity } from '../../slack/bot-identity';
import { createLambdaDeferrer } from '../../slack/deferred';
import { createIdempotencyStore, type IdempotencyStore } from '../../slack/idempotency';
import { withSecretsFromParameters } from './secrets';

type Env = Record<string, string | undefined>;

export interface LambdaRuntime {
  app: App;
  /** Bolt's handler for API Gateway events (signature check, url_verification, listeners). */
  slack: ReturnType<AwsLambdaReceiver['toHandler']>;
  config: ReturnType<typeof loadConfig>;
  store: IdempotencyStore;
}

export async function buildRuntime(env: Env): Promise<LambdaRuntime> {
  const config = loadConfig(await withSecretsFromParameters(env));
  const { botToken, signingSecret } = config.slack;
  if (!signingSecret) {
    throw new ConfigError(
      'SLACK_SIGNING_SECRET is missing: set it, or name its SSM parameter in SLACK_SIGNING_SECRET_PARAMETER.',
    );
  }
  if (!botToken) {
    throw new ConfigError(
      'SLACK_BOT_TOKEN is missing: set it, or name its SSM parameter in SLACK_BOT_TOKEN_PARAMETER.',
    );
  }
  const functionName = config.lambda.functionName;
  if (!functionName) throw new ConfigError('AWS_LAMBDA_FUNCTION_NAME is missing: this entry point runs on AWS Lambda.');

  const logLevel = config.logLevel as LogLevel;
  const receiver = new AwsLambdaReceiver({ signingSecret, logLevel });
  // Bot ids from the environment skip auth.test; without them it runs once per cold start.
  const identity = await resolveBotIdentity({ ...config.slack, token: botToken });
  const store = createIdempotencyStore(config.idempotencyTable, receiver.logger);
  const app = createApp({
    receiver,
    token: botToken,
    ...identity,
    ...appSettingsFrom(config),
    deferrer: createLambdaDeferrer({ functionName }),
    idempotency: store,
  });
  return { app, slack: receiver.toHandler(), config, store };
}
