import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { diagnose } from '../../../diagnose';
import { renderDiagnosis, renderNote } from '../../../render/blocks/diagnosis';
import { STRINGS } from '../../../render/blocks/strings';
import type { AckAnswer } from '../guard';

/** What the person reads when the explanation itself failed. */
export const MFA_EXPLAIN_FALLBACK = 'Sorry, something went wrong explaining that error.';

/**
 * `/mfa-explain <error text>`: a private diagnosis for the person who asked, sent as the ack itself. Diagnosis is
 * pure and fast, so the answer fits in Slack's 3 seconds on every receiver (on Lambda too), and no response_url
 * post can fail later.
 */
export async function mfaExplainAnswer({
  command,
}: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<AckAnswer> {
  const text = command.text.trim();
  return text === '' ? renderNote(STRINGS.en.usage) : renderDiagnosis(diagnose(text));
}
