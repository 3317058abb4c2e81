import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { startCheck } from '../../deferred/jobs/start-check';

/**
 * `/mfa-check [alias] <pool> [username]`: acks at once with "Checking ..." and hands the check itself to the
 * deferrer (a dozen AWS reads do not fit Slack's 3 seconds from a cold Lambda). The report arrives privately
 * through the command's response_url. Bad input and refusals are answered in the ack itself, before any AWS call.
 * On Lambda the ack leaves when this callback returns, so handing over first costs the person nothing.
 */
export async function mfaCheckCallback({
  command,
  ack,
  context,
  logger,
}: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> {
  let text = 'Sorry, something went wrong starting the check.';
  try {
    ({ text } = await startCheck(context, {
      text: command.text,
      requestedBy: { user: command.user_id, channel: command.channel_id, team: command.team_id },
      reply: { responseUrl: command.response_url },
    }));
  } catch (error) {
    logger.error(error);
  }
  await ack({ response_type: 'ephemeral', text });
}
