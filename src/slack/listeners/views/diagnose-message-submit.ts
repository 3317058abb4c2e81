import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { Phrases } from '../../../checks/localized';
import { context } from '../../../render/blocks/builders';
import { renderDiagnosis } from '../../../render/blocks/diagnosis';
import { unpackDiagnosis } from '../../../render/blocks/diagnosis-value';
import { type FileNote, fileNotes } from '../../../render/blocks/file-notes';
import { VISIBILITY_ACTION_ID, VISIBILITY_BLOCK_ID } from '../../../render/blocks/ids';
import { MAX_FILES } from '../../files/read-files';
import { diagnosisMetadata } from '../../reply/diagnosis-metadata';
import { cannotPostThere, postInThread, postPrivately, postToUser } from '../../reply/post';

/** What the shortcut's modal carries in `private_metadata`: channel, thread, packed diagnosis, what its files held. */
export interface ShortcutTarget {
  c: string;
  t: string;
  v: string;
  n?: FileNote[];
}

/** Said above the answer, in the answer's language. */
const NOT_A_MEMBER: Phrases<string> = {
  en: 'I am not a member of that channel, so here is the answer privately. Invite me (`/invite @cognito-mfa`) to answer in threads there.',
  ja: 'そのチャンネルのメンバーではないため、回答をあなたにだけ送ります。スレッドで回答できるよう、`/invite @cognito-mfa` で招待してください。',
};

/** The shortcut's modal was submitted: answer in the thread, or only to the person who asked. */
export async function diagnoseMessageSubmitCallback({
  view,
  body,
  client,
}: AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>): Promise<void> {
  const target = JSON.parse(view.private_metadata) as ShortcutTarget;
  const result = unpackDiagnosis(target.v);
  if (!result) return;
  const reply = renderDiagnosis(result, fileNotes(target.n ?? [], result.lang, MAX_FILES));
  const user = body.user.id;
  const choice = view.state.values[VISIBILITY_BLOCK_ID]?.[VISIBILITY_ACTION_ID]?.selected_option?.value;
  if (choice === 'private') {
    await postPrivately(client, { channel: target.c, user, threadTs: target.t }, reply);
    return;
  }
  try {
    await postInThread(client, { channel: target.c, threadTs: target.t }, reply, diagnosisMetadata(result, 'shortcut'));
  } catch (error) {
    if (!cannotPostThere(error)) throw error;
    await postToUser(client, user, { text: reply.text, blocks: [context(NOT_A_MEMBER[result.lang]), ...reply.blocks] });
  }
}
