/**
 * In a thread where the bot left no diagnosis (or Slack would not say): unprompted, only a catalogue error it would
 * answer in a channel gets a reply; mentioned, it always answers: the diagnosis, a general topic, a check, or the
 * honest no-match.
 */
import { answerFollowUp } from '../../diagnose/followup';
import { renderNote } from '../../render/blocks/diagnosis';
import { renderYouAreWelcome } from '../../render/blocks/followup';
import { STRINGS } from '../../render/blocks/strings';
import { diagnoseReading } from '../read/diagnose-message';
import { type MessageReading, type ReadableMessage, readMessage } from '../read/message';
import { postInThread } from '../reply/post';
import { startThreadCheck } from './thread-check';
import { postDiagnosis, postFollowUpAnswer, type ThreadTurn } from './thread-turn';

export async function answerUnprompted(turn: ThreadTurn, reading: MessageReading): Promise<void> {
  const result = diagnoseReading(reading);
  if (result.best.autoReply) await postDiagnosis(turn, result, 'thread');
}

export async function answerMention(turn: ThreadTurn, message: ReadableMessage): Promise<void> {
  const botUserId = turn.context.botUserId;
  const reading = readMessage(message, { withoutMention: botUserId });
  if (reading.text.trim() === '') {
    await postInThread(turn.client, turn.where, renderNote(STRINGS.en.whatICanDo));
    return;
  }
  const result = diagnoseReading(reading);
  const text = readMessage(message).text;
  if (result.best.id !== null) {
    await postDiagnosis(turn, result, 'mention');
    return;
  }
  const decision = answerFollowUp({ entryId: null, lang: result.lang, message: text, mentioned: true, botUserId });
  switch (decision.kind) {
    case 'answer':
    case 'general':
      await postFollowUpAnswer(turn, undefined, decision.followUp, decision.lang);
      return;
    case 'check':
      await startThreadCheck(turn, decision, undefined, result.lang);
      return;
    case 'thanks':
      await postInThread(turn.client, turn.where, renderYouAreWelcome(result.lang));
      return;
    default:
      // Nothing to follow up on and nothing recognised: the honest no-match, with what the bot can do.
      await postDiagnosis(turn, result, 'mention');
  }
}
