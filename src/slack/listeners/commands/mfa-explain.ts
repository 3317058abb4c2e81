import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { diagnose } from '../../../diagnose';
import { renderDiagnosis, renderNote } from '../../../render/blocks/diagnosis';
import { STRINGS } from '../../../render/blocks/strings';
import { requesterLang } from '../../requester-lang';
import type { AckAnswer } from '../guard';

/** What the person reads when the explanation itself failed: its language is unknown then, so both. */
export const MFA_EXPLAIN_FALLBACK =
  'Sorry, something went wrong explaining that error. (エラーを説明できませんでした。もう一度お試しください。)';

/**
 * `/mfa-explain <error text>`: a private diagnosis for the person who asked, sent as the ack itself. Diagnosis is
 * pure and fast, so the answer fits in Slack's 3 seconds on every receiver (on Lambda too), and no response_url
 * post can fail later.
 */
export async function mfaExplainAnswer({
  command,
  context,
}: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<AckAnswer> {
  const text = command.text.trim();
  if (text !== '') return renderDiagnosis(diagnose(text));
  // No text to tell a language from: the person's Slack locale says which usage they read.
  const lang = (await requesterLang(context, command.user_id)) ?? 'en';
  return renderNote(STRINGS[lang].usage);
}
