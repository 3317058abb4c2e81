import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { startCheck } from '../../deferred/jobs/start-check';
import type { AckAnswer } from '../guard';

/**
 * What the person reads when starting the check failed in a way startCheck could not put into words; their language
 * may be what could not be found out.
 */
export const MFA_CHECK_FALLBACK =
  'Sorry, something went wrong starting the check. (チェックを開始できませんでした。もう一度お試しください。)';

/**
 * `/mfa-check [alias] <pool> [username]`: acks at once with "Checking ..." and hands the check itself to the
 * deferrer (a dozen AWS reads do not fit Slack's 3 seconds from a cold Lambda). The report arrives privately
 * through the command's response_url. Bad input and refusals are answered in the ack itself, before any AWS call.
 * On Lambda the ack leaves when this callback returns, so handing over first costs the person nothing.
 */
export async function mfaCheckAnswer({
  command,
  context,
}: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<AckAnswer> {
  const { text } = await startCheck(context, {
    text: command.text,
    requestedBy: { user: command.user_id, channel: command.channel_id, team: command.team_id },
    reply: { responseUrl: command.response_url },
  });
  return { text };
}
