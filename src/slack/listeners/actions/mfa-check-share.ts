import { CHECK_START_STRINGS } from '../../../render/check-start-strings';
import { parseShareValue } from '../../deferred/jobs/share-button';
import { startCheck } from '../../deferred/jobs/start-check';
import type { ButtonArgs } from '../../reply/button-press';
import { requesterLang } from '../../requester-lang';

/**
 * "Share in channel" under a private /mfa-check report: the check runs again (deferred) and its report is posted
 * to the channel through the button's response_url, marked with who shared it, in the private report's language. It
 * starts like /mfa-check does, so every gate applies again and a refusal is audited the same way: the button may be
 * pressed long after the report, in a channel where checks are not allowed, and pressing it repeatedly reads AWS
 * each time.
 */
export async function mfaCheckShareCallback({ body, action, respond, context }: ButtonArgs): Promise<void> {
  const say = (text: string) => respond({ response_type: 'ephemeral', replace_original: false, text });
  const value = parseShareValue(action.value);
  const notAPool = async () =>
    CHECK_START_STRINGS[value?.lang ?? (await requesterLang(context, body.user.id)) ?? 'en'].notAPool;
  if (!value) {
    await say(await notAPool());
    return;
  }
  if (!body.response_url) throw new Error('the button came without a response_url');
  const channel = body.channel?.id ?? body.container?.channel_id;
  const started = await startCheck(context, {
    text: [value.account, value.pool, value.username].filter(Boolean).join(' '),
    entry: value.entry,
    share: true,
    requestedBy: { user: body.user.id, channel, team: body.team?.id },
    reply: { responseUrl: body.response_url },
    ...(value.lang ? { lang: value.lang } : {}),
  });
  // The report itself says the check ran; a button whose words no longer parse was not typed by this person.
  if (!started.started) await say(started.stage === 'words' ? await notAPool() : started.text);
}
