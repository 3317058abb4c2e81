/** The app every entry point starts (src/slack/app-from-config.ts): configuration in, a ready Bolt app out. */
import type { App, Receiver } from '@slack/bolt';
import { ConfigError, loadConfig } from '../../src/config';
import { appFromConfig } from '../../src/slack/app-from-config';
import { createInProcessDeferrer } from '../../src/slack/deferred';
import { jobRunners } from '../../src/slack/deferred/jobs';
import { captureConsole } from '../harness/capture';
import { SlackApiRecorder } from '../harness/slack';

const receiver = (): Receiver => ({
  init: (_app: App) => undefined,
  start: async () => undefined,
  stop: async () => undefined,
});
const parts = () => ({ receiver: receiver(), deferrer: createInProcessDeferrer(jobRunners) });
const HTTP = { SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99eeeeee85a5', SLACK_BOT_TOKEN: 'xoxb-1111-2222-testtoken' };

describe('appFromConfig', () => {
  it("asks Slack for the bot's ids once when the configuration does not name them, and not at all when it does", async () => {
    const api = new SlackApiRecorder();
    await appFromConfig(loadConfig(HTTP), parts());
    expect(api.methods()).toEqual(['auth.test']);
    await appFromConfig(loadConfig({ ...HTTP, SLACK_BOT_ID: 'B0MFABOT01', SLACK_BOT_USER_ID: 'U0MFABOT01' }), parts());
    expect(api.methods()).toEqual(['auth.test']);
  });

  it.each(['debug', 'info', 'warn', 'error'])('gives Bolt LOG_LEVEL=%s', async (level) => {
    const debug = captureConsole('debug');
    new SlackApiRecorder();
    const app = await appFromConfig(loadConfig({ ...HTTP, LOG_LEVEL: level }), parts());
    expect(app.logger.getLevel()).toBe(level);
    expect(debug.length > 0).toBe(level === 'debug');
  });

  it('refuses to start without a bot token, naming the variable', async () => {
    const config = { ...loadConfig(HTTP), slack: { signingSecret: HTTP.SLACK_SIGNING_SECRET } };
    await expect(appFromConfig(config, parts())).rejects.toThrow(ConfigError);
    await expect(appFromConfig(config, parts())).rejects.toThrow(/^SLACK_BOT_TOKEN is missing: set it/);
  });
});
