/**
 * Everything a Lambda instance builds once, at its first invocation, and reuses while it stays warm: the secrets,
 * the configuration, the Bolt app on an AwsLambdaReceiver, the deferrer and the idempotency store.
 */
import { type App, AwsLambdaReceiver } from '@slack/bolt';
import { ConfigError, loadConfig, requireSlackSecret } from '../../config';
import { appFromConfig, boltLogLevel } from '../../slack/app-from-config';
import { createLambdaDeferrer } from '../../slack/deferred';
import { createIdempotencyStore, type IdempotencyStore } from '../../slack/idempotency';
import { withSecretsFromParameters } from './secrets';

type Env = Record<string, string | undefined>;

export interface LambdaRuntime {
  app: App;
  /** Bolt's handler for API Gateway events (signature check, url_verification, listeners). */
  slack: ReturnType<AwsLambdaReceiver['toHandler']>;
  config: ReturnType<typeof loadConfig>;
  /** Also claims the worker's job ids, so a redelivered invocation does not run a job twice. */
  store: IdempotencyStore;
}

export async function buildRuntime(env: Env): Promise<LambdaRuntime> {
  const config = loadConfig(await withSecretsFromParameters(env));
  const signingSecret = requireSlackSecret(config, 'signingSecret');
  const functionName = config.lambda.functionName;
  if (!functionName)
    throw new ConfigError({
      en: 'AWS_LAMBDA_FUNCTION_NAME is missing: this entry point runs on AWS Lambda.',
      ja: 'AWS_LAMBDA_FUNCTION_NAME が設定されていません: この入口は AWS Lambda で動かすものです。',
    });

  const receiver = new AwsLambdaReceiver({ signingSecret, logLevel: boltLogLevel(config) });
  const store = createIdempotencyStore(config.idempotencyTable, receiver.logger);
  // Bot ids from the environment skip auth.test; without them it runs once per cold start.
  const app = await appFromConfig(config, {
    receiver,
    deferrer: createLambdaDeferrer({ functionName }),
    idempotency: store,
  });
  return { app, slack: receiver.toHandler(), config, store };
}
