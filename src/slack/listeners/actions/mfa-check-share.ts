import { randomUUID } from 'node:crypto';
import { parsePoolRef } from '../../../checks/pool-ref';
import { CHECK_REFUSAL_STRINGS } from '../../../render/check-refusal-strings';
import { escapeMrkdwn } from '../../../render/mrkdwn';
import { admitCheck } from '../../deferred/jobs/admit-check';
import { parseShareValue } from '../../deferred/jobs/share-button';
import { HandOverError } from '../../deferred/lambda';
import { checkSettingsFrom, deferFrom } from '../../deferred/middleware';
import { failureReason } from '../../deferred/run-job';
import type { ButtonArgs } from '../../reply/button-press';

/**
 * "Share in channel" under a private /mfa-check report: the check runs again (deferred) and its report is posted
 * to the channel through the button's response_url, marked with who shared it. Every gate applies again (the
 * allow-lists, the rate limit): the button may be pressed long after the report, in a channel where checks are not
 * allowed, and pressing it repeatedly reads AWS each time.
 */
export async function mfaCheckShareCallback({ body, action, respond, context }: ButtonArgs): Promise<void> {
  const settings = checkSettingsFrom(context);
  const value = parseShareValue(action.value);
  const parsed = value && parsePoolRef(value.account ? [value.account, value.pool] : [value.pool], settings.accounts);
  if (!value || !parsed?.ok) {
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: 'This button no longer names a pool I can check; run /mfa-check again.',
    });
    return;
  }
  const channel = body.channel?.id ?? body.container?.channel_id;
  const requestedBy = { user: body.user.id, channel, team: body.team?.id };
  const admitted = await admitCheck(context, { ref: parsed.ref, username: value.username, requestedBy, lang: 'en' });
  if (!admitted.ok) {
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: `${CHECK_REFUSAL_STRINGS.en.notShared}: ${admitted.reason}`,
    });
    return;
  }
  if (!body.response_url) throw new Error('the button came without a response_url');
  try {
    await deferFrom(context)({
      kind: 'check',
      id: randomUUID(),
      args: { ...value, share: true },
      reply: { responseUrl: body.response_url },
      requestedBy,
    });
  } catch (error) {
    const reason = escapeMrkdwn(error instanceof HandOverError ? error.message : failureReason(error));
    await respond({ response_type: 'ephemeral', replace_original: false, text: `Not shared: ${reason}` });
  }
}
