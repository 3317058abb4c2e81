import type { DiagnoseResult } from '../../diagnose/types';
import type { FeedbackRecord } from '../settings';
import type { ButtonPress } from './button-press';

export function feedbackRecord(
  verdict: FeedbackRecord['verdict'],
  result: DiagnoseResult,
  press: ButtonPress,
  now = new Date(),
): FeedbackRecord {
  return {
    type: 'mfa_feedback',
    verdict,
    entry: result.best.id,
    entries: result.diagnoses.flatMap((d) => (d.id ? [d.id] : [])),
    lang: result.lang,
    user: press.user,
    channel: press.channel,
    at: now.toISOString(),
  };
}
