import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { startCheck } from '../../deferred/jobs/start-check';
import { requesterLang } from '../../requester-lang';
import { settingsOf } from '../../settings';
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
  // `/mfa-check watch`: the watches, privately. A pool id never reads "watch", so no check is shadowed.
  if (/^\s*watch\s*$/i.test(command.text)) {
    const view = settingsOf(context).watch;
    const lang = (await requesterLang(context, command.user_id)) ?? 'en';
    const { watchList } = await import('../../../watch/list');
    const { createMemoryStore } = await import('../../../watch/state');
    return { text: await watchList(view?.watches ?? [], view ? await view.store() : createMemoryStore(), lang) };
  }
  const { text } = await startCheck(context, {
    text: command.text,
    requestedBy: { user: command.user_id, channel: command.channel_id, team: command.team_id },
    reply: { responseUrl: command.response_url },
  });
  return { text };
}
