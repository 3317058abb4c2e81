import { type App, SocketModeReceiver } from '@slack/bolt';
import { type Config, requireSlackSecret } from '../config';
import { type AppParts, appFromConfig, boltLogLevel } from '../slack/app-from-config';
import { createInProcessDeferrer } from '../slack/deferred';
import { jobRunners } from '../slack/deferred/jobs';
import { gracefulStop } from './graceful-shutdown';

/**
 * Socket Mode: the app connects out to Slack, so development needs no public URL. `stop` is the graceful shutdown
 * (graceful-shutdown.ts). `web` lets tests turn off the Web API client's retries, so a reply still in flight when a
 * test ends fails at once.
 */
export async function startSocket(
  config: Config,
  web: Pick<AppParts, 'clientOptions'> = {},
): Promise<{ app: App; stop: () => Promise<void> }> {
  const { apiUrl } = config.slack;
  const receiver = new SocketModeReceiver({
    appToken: requireSlackSecret(config, 'appToken'),
    logLevel: boltLogLevel(config),
    // The Socket Mode client opens its connection with apps.connections.open: same Web API base URL as the bot.
    ...(apiUrl ? { installerOptions: { clientOptions: { slackApiUrl: apiUrl } } } : {}),
  });
  const deferrer = createInProcessDeferrer(jobRunners);
  const app = await appFromConfig(config, { receiver, deferrer, ...web });
  const stop = gracefulStop(app, deferrer);
  await app.start();
  return { app, stop };
}
