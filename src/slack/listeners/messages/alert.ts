import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { answerAlert } from '../../alerts/answer-alert';
import { type AppPost, isAlert } from '../../alerts/is-alert';
import { settingsOf } from '../../settings';

/**
 * Another app's post: answered only in an alert channel (ALERT_CHANNELS, from the apps ALERT_BOTS names), by the
 * alert rules (alerts/). People's posts are the message listener's.
 */
export async function alertCallback({
  message,
  body,
  context,
  client,
  logger,
}: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>): Promise<void> {
  const post = message as AppPost;
  const { alerts } = settingsOf(context);
  const self = { botId: context.botId, botUserId: context.botUserId, appId: body.api_app_id };
  if (!isAlert(post, alerts, self)) return;
  await answerAlert({ post, context, client, logger, ledger: alerts.ledger });
}
