import type { App } from '@slack/bolt';
import { COMMAND_CHECK, COMMAND_EXPLAIN } from '../../../render/blocks/ids';
import { answerInAck } from '../guard';
import { MFA_CHECK_FALLBACK, mfaCheckAnswer } from './mfa-check';
import { MFA_EXPLAIN_FALLBACK, mfaExplainAnswer } from './mfa-explain';

export function register(app: App): void {
  app.command(COMMAND_EXPLAIN, answerInAck(mfaExplainAnswer, MFA_EXPLAIN_FALLBACK));
  app.command(COMMAND_CHECK, answerInAck(mfaCheckAnswer, MFA_CHECK_FALLBACK));
}
