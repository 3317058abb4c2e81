import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { diagnose } from '../../../diagnose';
import { renderDiagnosis, renderNote } from '../../../render/blocks/diagnosis';
import { STRINGS } from '../../../render/blocks/strings';

/**
 * `/mfa-explain <error text>`: a private diagnosis for the person who asked, sent as the ack itself. Diagnosis is
 * pure and fast, so the answer fits in Slack's 3 seconds on every receiver (on Lambda too), and no response_url
 * post can fail later.
 */
export async function mfaExplainCallback({
  command,
  ack,
  logger,
}: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> {
  let acked = false;
  try {
    const text = command.text.trim();
    const reply = text === '' ? renderNote(STRINGS.en.usage) : renderDiagnosis(diagnose(text));
    acked = true;
    await ack({ response_type: 'ephemeral', text: reply.text, blocks: reply.blocks });
  } catch (error) {
    logger.error(error);
    if (!acked) await ack({ response_type: 'ephemeral', text: 'Sorry, something went wrong explaining that error.' });
  }
}
