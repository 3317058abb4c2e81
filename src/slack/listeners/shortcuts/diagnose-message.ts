import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { diagnose } from '../../../diagnose';
import { renderDiagnoseModal } from '../../../render/blocks/diagnose-modal';
import { packDiagnosis } from '../../../render/blocks/diagnosis-value';
import type { ShortcutTarget } from '../views/diagnose-message-submit';

/**
 * "Diagnose this error" on any message (also inside threads, where slash commands do not work): diagnose it now and
 * ask in a small modal whether the answer goes to the thread or only to the person.
 */
export async function diagnoseMessageCallback({
  shortcut,
  ack,
  client,
  logger,
}: AllMiddlewareArgs & SlackShortcutMiddlewareArgs<MessageShortcut>): Promise<void> {
  try {
    await ack();
    const result = diagnose(shortcut.message.text ?? '');
    const target: ShortcutTarget = {
      c: shortcut.channel.id,
      t: shortcut.message.thread_ts ?? shortcut.message.ts,
      v: packDiagnosis(result, { excerpts: true }),
    };
    await client.views.open({
      trigger_id: shortcut.trigger_id,
      view: renderDiagnoseModal(result, JSON.stringify(target)),
    });
  } catch (error) {
    logger.error(error);
  }
}
