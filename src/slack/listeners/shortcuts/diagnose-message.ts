import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { renderDiagnoseModal } from '../../../render/blocks/diagnose-modal';
import { packDiagnosis } from '../../../render/blocks/diagnosis-value';
import { diagnoseReading } from '../../read/diagnose-message';
import { readMessage } from '../../read/message';
import type { ShortcutTarget } from '../views/diagnose-message-submit';

/** Slack's limit on a view's private_metadata. */
const MAX_PRIVATE_METADATA = 3000;

/**
 * "Diagnose this error" on any message (also inside threads, where slash commands do not work), read whole: an app's
 * alert whose error is only in its attachments or blocks, a forwarded message. Diagnose it now and ask in a small
 * modal whether the answer goes to the thread or only to the person.
 */
export async function diagnoseMessageCallback({
  shortcut,
  client,
}: AllMiddlewareArgs & SlackShortcutMiddlewareArgs<MessageShortcut>): Promise<void> {
  const result = diagnoseReading(readMessage(shortcut.message));
  const where = { c: shortcut.channel.id, t: shortcut.message.thread_ts ?? shortcut.message.ts };
  let metadata = JSON.stringify({ ...where, v: packDiagnosis(result, { excerpts: true }) } satisfies ShortcutTarget);
  // Slack refuses the whole modal over the limit; without the excerpts the answer still names each line.
  if (metadata.length > MAX_PRIVATE_METADATA) {
    metadata = JSON.stringify({ ...where, v: packDiagnosis(result) } satisfies ShortcutTarget);
  }
  await client.views.open({ trigger_id: shortcut.trigger_id, view: renderDiagnoseModal(result, metadata) });
}
