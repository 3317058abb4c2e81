import type { ModalView } from '@slack/types';
import { section } from './builders';

/** A modal that only says something (the answer to a global shortcut or a form the bot no longer has). */
export function renderNoteModal(mrkdwn: string): ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: 'Cognito MFA Bot' },
    close: { type: 'plain_text', text: 'Close' },
    blocks: [section(mrkdwn)],
  };
}
