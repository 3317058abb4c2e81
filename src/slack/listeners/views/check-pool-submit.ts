import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { unpackCheckPoolTarget } from '../../../render/blocks/check-pool-modal';
import { INPUT_ACTION_ID, POOL_BLOCK_ID, USERNAME_BLOCK_ID } from '../../../render/blocks/ids';
import { CHECK_START_STRINGS } from '../../../render/check-start-strings';
import { checkSettingsFrom } from '../../deferred';
import { parseCheckWords } from '../../deferred/jobs/check-words';
import { startCheck } from '../../deferred/jobs/start-check';
import { requesterLang } from '../../requester-lang';

/**
 * The "Check a user pool" modal submitted: a pool Slack can show an error under stays in the modal; otherwise the
 * check starts (deferred) and "Checking ..." then the report appear in the diagnosis' thread, only to the person.
 */
export async function checkPoolSubmitCallback({
  ack,
  body,
  view,
  client,
  context,
}: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> {
  const values = view.state.values;
  const pool = values[POOL_BLOCK_ID]?.[INPUT_ACTION_ID]?.value?.trim() ?? '';
  const username = values[USERNAME_BLOCK_ID]?.[INPUT_ACTION_ID]?.value?.trim() ?? '';
  const target = unpackCheckPoolTarget(view.private_metadata);
  const text = `${pool} ${username}`.trim();
  const settings = checkSettingsFrom(context);
  const words = parseCheckWords(text, settings.accounts, settings);
  const lang = words.lang ?? target?.lang ?? (await requesterLang(context, body.user.id)) ?? 'en';
  if (!target || !words.ok) {
    // Modal errors are plain text: the message is shown as typed, nothing is rendered as mrkdwn.
    const reason = !target ? CHECK_START_STRINGS[lang].formExpired : words.ok ? '' : words.message[lang];
    await ack({ response_action: 'errors', errors: { [POOL_BLOCK_ID]: reason.slice(0, 300) } });
    return;
  }
  const reply = {
    channel: target.channel,
    user: body.user.id,
    ...(target.threadTs ? { threadTs: target.threadTs } : {}),
  };
  const started = await startCheck(context, {
    text,
    entry: target.entry,
    requestedBy: { user: body.user.id, channel: target.channel, team: body.team?.id },
    reply,
    lang,
  });
  if (!started.started) {
    await ack({ response_action: 'errors', errors: { [POOL_BLOCK_ID]: started.text.slice(0, 300) } });
    return;
  }
  await ack();
  await client.chat.postEphemeral({
    channel: target.channel,
    user: body.user.id,
    text: started.text,
    ...(target.threadTs ? { thread_ts: target.threadTs } : {}),
  });
}
