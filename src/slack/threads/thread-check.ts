/**
 * "check us-east-1_AbC123def" in a thread: the same deferred check as /mfa-check, with the thread's finding first.
 * The report goes only to the person who asked (chat.postEphemeral in the thread), as /mfa-check's does: it shows
 * the pool's configuration (role ARNs, app clients, a user's MFA state), the allow-lists are about that person, and
 * its "Share in channel" button is there when the thread should see it. A thread has no response_url to post to.
 */
import type { Lang } from '../../catalogue/types';
import { renderNote } from '../../render/blocks/diagnosis';
import { startCheck } from '../deferred/jobs/start-check';
import { postToPerson, type ThreadTurn } from './thread-turn';

export async function startThreadCheck(
  turn: ThreadTurn,
  request: { poolRef: string; username?: string },
  entry: string | undefined,
  lang: Lang,
): Promise<void> {
  const user = turn.user;
  if (!user) return;
  const { channel, threadTs } = turn.where;
  const started = await startCheck(turn.context, {
    text: [request.poolRef, request.username].filter(Boolean).join(' '),
    requestedBy: { user, channel, team: turn.context.teamId },
    reply: { channel, threadTs, user },
    entry,
    lang,
  });
  await postToPerson(turn, renderNote(started.text));
}
