import type { ModalView } from '@slack/types';
import { findEntry } from '../../catalogue';
import type { DiagnoseResult } from '../../diagnose/types';
import { redact } from '../../secrets';
import { confidenceWords } from '../confidence';
import { escapeCode, escapeMrkdwn } from '../mrkdwn';
import { context, section } from './builders';
import { DIAGNOSE_MODAL_CALLBACK_ID, VISIBILITY_ACTION_ID, VISIBILITY_BLOCK_ID } from './ids';

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
  // The modal's own words are English, and its confidence words with them.
  const titles = result.diagnoses.flatMap((d) => {
    const entry = d.id ? findEntry(d.id) : undefined;
    return entry ? [`• *${escapeMrkdwn(entry.text[result.lang].title)}* (${confidenceWords(d.confidence, 'en')})`] : [];
  });
  const found =
    titles.length > 0
      ? `I found:\n${titles.join('\n')}`
      : 'I could not match this message to a known Cognito MFA error. I can still answer with the closest entries.';
  const files = [
    ...(extras.reading ?? []).map((name) => `:hourglass_flowing_sand: Reading \`${escapeCode(redact(name))}\` …`),
    ...(extras.notes ?? []),
  ];
  return {
    type: 'modal',
    callback_id: DIAGNOSE_MODAL_CALLBACK_ID,
    ...(extras.externalId ? { external_id: extras.externalId } : {}),
    private_metadata: privateMetadata,
    title: { type: 'plain_text', text: 'Diagnose this error' },
    submit: { type: 'plain_text', text: 'Send' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      section(found),
      ...(files.length > 0 ? [section(files.join('\n'))] : []),
      {
        type: 'input',
        block_id: VISIBILITY_BLOCK_ID,
        label: { type: 'plain_text', text: 'Where should the answer go?' },
        element: {
          type: 'radio_buttons',
          action_id: VISIBILITY_ACTION_ID,
          initial_option: {
            text: { type: 'plain_text', text: 'Reply in the thread (everyone sees it)' },
            value: 'thread',
          },
          options: [
            { text: { type: 'plain_text', text: 'Reply in the thread (everyone sees it)' }, value: 'thread' },
            { text: { type: 'plain_text', text: 'Only me' }, value: 'private' },
          ],
        },
      },
      context('Nothing from the message is stored; the answer is built from the catalogue.'),
    ],
  };
}
