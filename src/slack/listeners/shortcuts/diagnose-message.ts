import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs, webApi } from '@slack/bolt';
import type { DiagnoseResult } from '../../../diagnose/types';
import { renderDiagnoseModal } from '../../../render/blocks/diagnose-modal';
import { packDiagnosis } from '../../../render/blocks/diagnosis-value';
import { type FileNote, fileNotes } from '../../../render/blocks/file-notes';
import { diagnoseWithFiles } from '../../files/diagnose-with-files';
import { MAX_FILES } from '../../files/read-files';
import { filesOf } from '../../files/shared-files';
import { diagnoseReading } from '../../read/diagnose-message';
import { type ReadableMessage, readMessage } from '../../read/message';
import type { ShortcutTarget } from '../views/diagnose-message-submit';

/** Slack's limit on a view's private_metadata. */
const MAX_PRIVATE_METADATA = 3000;
/** A file's name as the modal carries it to the submission. */
const MAX_NAME = 80;

/** Where to answer and what: the fullest form that fits Slack's limit (excerpts and file notes go first). */
function targetOf(where: { c: string; t: string }, result: DiagnoseResult, files: readonly FileNote[]): string {
  const n = files.map((f) => ({ ...f, name: f.name.slice(0, MAX_NAME) }));
  const forms: ShortcutTarget[] = [
    { ...where, v: packDiagnosis(result, { excerpts: true }), ...(n.length > 0 ? { n } : {}) },
    { ...where, v: packDiagnosis(result), ...(n.length > 0 ? { n } : {}) },
    // Without the excerpts the answer still names each line; without the notes, what each file held.
    { ...where, v: packDiagnosis(result) },
  ];
  const fits = forms.map((form) => JSON.stringify(form)).find((json) => json.length <= MAX_PRIVATE_METADATA);
  return fits ?? JSON.stringify(forms[forms.length - 1]);
}

/**
 * "Diagnose this error" on any message (also inside threads, where slash commands do not work), read whole: an app's
 * alert whose error is only in its attachments or blocks, a forwarded message, and the text files it shares (the
 * shortcut asks the bot, so they are read). The modal opens at once (its trigger lasts 3 seconds) asking whether
 * the answer goes to the thread or only to the person; when files are being read, it shows what they held once read.
 */
export async function diagnoseMessageCallback({
  shortcut,
  client,
  context,
  logger,
}: AllMiddlewareArgs & SlackShortcutMiddlewareArgs<MessageShortcut>): Promise<void> {
  const message: ReadableMessage & { files?: unknown; thread_ts?: string; ts: string } = shortcut.message;
  const reading = readMessage(message);
  const where = { c: shortcut.channel.id, t: message.thread_ts ?? message.ts };
  const files = filesOf(message);
  const result = diagnoseReading(reading);
  const externalId = files.length > 0 ? `diagnose:${shortcut.trigger_id}` : undefined;
  const beingRead = files.slice(0, MAX_FILES).map((f) => f.name);
  await client.views.open({
    trigger_id: shortcut.trigger_id,
    view: renderDiagnoseModal(result, targetOf(where, result, []), { reading: beingRead, externalId }),
  });
  if (!externalId) return;
  const withFiles = await diagnoseWithFiles(message, reading, { client, token: context.botToken, logger });
  const view = renderDiagnoseModal(withFiles.result, targetOf(where, withFiles.result, withFiles.files), {
    notes: fileNotes(withFiles.files, withFiles.result.lang, MAX_FILES),
    externalId,
  });
  try {
    await client.views.update({ external_id: externalId, view });
  } catch (error) {
    // Closed before its files were read: nobody is waiting for what they held.
    if ((error as webApi.WebAPIPlatformError).data?.error !== 'not_found') throw error;
    logger.info('the Diagnose this error modal was closed before its files were read');
  }
}
