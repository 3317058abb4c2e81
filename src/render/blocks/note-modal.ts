import type { ModalView } from '@slack/types';
import type { Lang } from '../../catalogue/types';
import { section } from './builders';
import { MODAL_STRINGS } from './modal-strings';

/**
 * A modal that only says something (the answer to a global shortcut or a form the bot no longer has); its Close
 * button in `lang`, the language the note begins with. The title is the app's name in every language.
 */
export function renderNoteModal(mrkdwn: string, lang: Lang): ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: 'Cognito MFA Bot' },
    close: { type: 'plain_text', text: MODAL_STRINGS[lang].close },
    blocks: [section(mrkdwn)],
  };
}
