/** In a thread the bot diagnosed: what the follow-up engine decided, done in Slack. */
import type { Lang } from '../../catalogue/types';
import type { FollowUpDecision } from '../../diagnose/followup';
import { decodeMessage, messageLanguage } from '../../diagnose/followup/text';
import type { DiagnoseResult } from '../../diagnose/types';
import { renderRunnersUp } from '../../render/blocks/diagnosis';
import { unpackDiagnosis } from '../../render/blocks/diagnosis-value';
import { renderFollowUpSuggestions, renderRunnersUpByIds, renderYouAreWelcome } from '../../render/blocks/followup';
import { diagnosisSubject, feedbackRecord } from '../feedback';
import { settingsOf } from '../settings';
import { startThreadCheck } from './thread-check';
import type { ThreadContext } from './thread-context';
import { postAboutThread, postDiagnosis, postFollowUpAnswer, type ThreadTurn } from './thread-turn';

/** The thread's diagnosis in `lang`: from its buttons when in reach, else rebuilt from the metadata's entry. */
function threadDiagnosis(thread: ThreadContext, lang: Lang): DiagnoseResult {
  const unpacked = thread.packedDiagnosis ? unpackDiagnosis(thread.packedDiagnosis, lang) : undefined;
  if (unpacked) return unpacked;
  const best = {
    id: thread.entry,
    confidence: thread.payload.confidence ?? 0,
    autoReply: true,
    candidates: [],
    lang,
  };
  return { lang, diagnoses: [best], best, secrets: [] };
}

function candidateIds(thread: ThreadContext): string[] {
  return (thread.payload.candidates ?? '').split(',').filter(Boolean);
}

async function notIt(turn: ThreadTurn, thread: ThreadContext): Promise<void> {
  const result = thread.packedDiagnosis ? unpackDiagnosis(thread.packedDiagnosis, thread.lang) : undefined;
  const reply = result ? renderRunnersUp(result) : renderRunnersUpByIds(candidateIds(thread), thread.lang);
  if (turn.user) {
    const entries = result ? diagnosisSubject(result).entries : [thread.entry];
    const subject = { entry: thread.entry, entries, lang: thread.lang };
    settingsOf(turn.context).recordFeedback(
      feedbackRecord('not_it', subject, { user: turn.user, channel: turn.where.channel }),
    );
  }
  await postAboutThread(turn, thread, reply);
}

export async function actOnFollowUp(
  turn: ThreadTurn,
  thread: ThreadContext,
  decision: FollowUpDecision,
  text: string,
): Promise<void> {
  switch (decision.kind) {
    case 'answer':
    case 'general':
      await postFollowUpAnswer(turn, thread, decision.followUp, decision.lang);
      return;
    case 'new-error':
      await postDiagnosis(turn, decision.result, 'thread');
      return;
    case 'not-it':
      await notIt(turn, thread);
      return;
    case 'language':
      await postDiagnosis(turn, threadDiagnosis(thread, decision.lang), 'thread');
      return;
    case 'check':
      await startThreadCheck(turn, decision, thread.entry, thread.lang);
      return;
    case 'thanks':
      await postAboutThread(turn, thread, renderYouAreWelcome(messageLanguage(decodeMessage(text), thread.lang)));
      return;
    case 'unsure':
      await postAboutThread(turn, thread, renderFollowUpSuggestions(decision.suggestions, decision.lang, thread.entry));
      return;
    case 'silent':
      return;
  }
}
