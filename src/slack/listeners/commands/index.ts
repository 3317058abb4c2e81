import type { App } from '@slack/bolt';
import { answerInAck } from '../guard';
import { MFA_CHECK_FALLBACK, mfaCheckAnswer } from './mfa-check';
import { MFA_EXPLAIN_FALLBACK, mfaExplainAnswer } from './mfa-explain';

export function register(app: App): void {
  app.command('/mfa-explain', answerInAck(mfaExplainAnswer, MFA_EXPLAIN_FALLBACK));
  app.command('/mfa-check', answerInAck(mfaCheckAnswer, MFA_CHECK_FALLBACK));
}
