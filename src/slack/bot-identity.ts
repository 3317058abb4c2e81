import { webApi } from '@slack/bolt';
import { ConfigError } from '../config';
import { timedFetch } from './web-api/timed-fetch';

export interface BotIdentity {
  botId: string;
  botUserId: string;
}

/**
 * The bot's ids, so Bolt needs no auth.test of its own (and ignoreSelf knows which messages are ours). Taken from the
 * configuration when both are set, else asked once with auth.test. A few quick retries only: a start that cannot
 * reach Slack should say so, not wait for the client's half-hour retry policy.
 */
export async function resolveBotIdentity(options: {
  token: string;
  apiUrl?: string;
  botId?: string;
  botUserId?: string;
}): Promise<BotIdentity> {
  if (options.botId && options.botUserId) return { botId: options.botId, botUserId: options.botUserId };
  const client = new webApi.WebClient(options.token, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    retryConfig: { retries: 2, maxTimeout: 2000 },
    // Without a limit, a Slack that accepts the connection and never answers would hold the start for 300 s.
    fetch: timedFetch(),
  });
  try {
    const result = await client.auth.test();
    if (!result.bot_id || !result.user_id) {
      throw new ConfigError({
        en: 'SLACK_BOT_TOKEN is not a bot token: auth.test returned no bot id. Use the xoxb-... token.',
        ja: 'SLACK_BOT_TOKEN はボットトークンではありません: auth.test がボット ID を返しませんでした。xoxb-... のトークンを使ってください。',
      });
    }
    return { botId: options.botId ?? result.bot_id, botUserId: options.botUserId ?? result.user_id };
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const code = (error as webApi.WebAPIPlatformError).data?.error;
    if (code === 'invalid_auth' || code === 'not_authed' || code === 'account_inactive' || code === 'token_revoked') {
      throw new ConfigError({
        en: `SLACK_BOT_TOKEN was rejected by Slack (${code}): copy the Bot User OAuth Token again.`,
        ja: `SLACK_BOT_TOKEN が Slack に拒否されました (${code}): Bot User OAuth Token をもう一度コピーしてください。`,
      });
    }
    throw error;
  }
}
