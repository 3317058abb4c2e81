import type { ModalView } from '@slack/types';
import { findEntry } from '../../catalogue';
import type { DiagnoseResult } from '../../diagnose/types';
import { redact } from '../../secrets';
import { confidenceWords } from '../confidence';
import { escapeCode, escapeMrkdwn } from '../mrkdwn';
import { context, section } from './builders';
import { DIAGNOSE_MODAL_CALLBACK_ID, VISIBILITY_ACTION_ID, VISIBILITY_BLOCK_ID } from './ids';
import { MODAL_STRINGS } from './modal-strings';

/**
 * The shortcut's small modal: what was found, and where the answer should go. `privateMetadata` carries where to
 * answer and the packed diagnosis (ids only), so the submission needs neither state nor the message text.
 */
export interface ModalExtras {
  /** Files still being read (their names), shown until the modal is updated with what they hold. */
  reading?: readonly string[];
  /** What became of the message's files (file-notes.ts). */
  notes?: readonly string[];
  /** Lets the modal be updated by this id once the files are read. */
  externalId?: string;
}

export function renderDiagnoseModal(
  result: DiagnoseResult,
  privateMetadata: string,
  extras: ModalExtras = {},
): ModalView {
  // The modal speaks the language of the answer it will send: the diagnosed message's.
  const { lang } = result;
  const s = MODAL_STRINGS[lang].diagnose;
  const titles = result.diagnoses.flatMap((d) => {
    const entry = d.id ? findEntry(d.id) : undefined;
    return entry ? [`• *${escapeMrkdwn(entry.text[lang].title)}* (${confidenceWords(d.confidence, lang)})`] : [];
  });
  const found = titles.length > 0 ? s.found(titles.join('\n')) : s.noMatch;
  const files = [
    ...(extras.reading ?? []).map((name) => s.reading(`\`${escapeCode(redact(name))}\``)),
    ...(extras.notes ?? []),
  ];
  return {
    type: 'modal',
    callback_id: DIAGNOSE_MODAL_CALLBACK_ID,
    ...(extras.externalId ? { external_id: extras.externalId } : {}),
    private_metadata: privateMetadata,
    title: { type: 'plain_text', text: s.title },
    submit: { type: 'plain_text', text: s.submit },
    close: { type: 'plain_text', text: s.cancel },
    blocks: [
      section(found),
      ...(files.length > 0 ? [section(files.join('\n'))] : []),
      {
        type: 'input',
        block_id: VISIBILITY_BLOCK_ID,
        label: { type: 'plain_text', text: s.where },
        element: {
          type: 'radio_buttons',
          action_id: VISIBILITY_ACTION_ID,
          initial_option: { text: { type: 'plain_text', text: s.thread }, value: 'thread' },
          options: [
            { text: { type: 'plain_text', text: s.thread }, value: 'thread' },
            { text: { type: 'plain_text', text: s.onlyMe }, value: 'private' },
          ],
        },
      },
      context(s.nothingStored),
    ],
  };
}
