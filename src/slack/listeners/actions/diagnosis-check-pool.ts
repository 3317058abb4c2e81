import { renderCheckPoolModal } from '../../../render/blocks/check-pool-modal';
import type { ButtonArgs } from '../../reply/button-press';
import { requesterLang } from '../../requester-lang';

/**
 * "Check a user pool" under a diagnosis: opens the modal that asks for the pool. The button's value is the diagnosed
 * catalogue entry, so the report shows that entry's finding first; it goes to the diagnosis' thread.
 */
export async function diagnosisCheckPoolCallback({ body, action, client, context }: ButtonArgs): Promise<void> {
  const channel = body.channel?.id ?? body.container?.channel_id;
  if (!channel || !action.value) throw new Error('the button came without a channel or an entry');
  const threadTs = body.message?.thread_ts ?? body.container?.thread_ts ?? body.message?.ts;
  // The presser reads the modal, so their Slack locale picks its language; the modal carries it to the submission.
  const lang = (await requesterLang(context, body.user.id)) ?? 'en';
  await client.views.open({
    trigger_id: body.trigger_id,
    view: renderCheckPoolModal({ channel, entry: action.value, ...(threadTs ? { threadTs } : {}), lang }),
  });
}
