/**
 * Feedback on the bot's answers (Helpful / Not it under a diagnosis, Yes / No under a follow-up answer, "not it"
 * typed in a thread): one structured line each, built here only. Ids, who and where; never the message text.
 */
import type { DiagnoseResult } from '../diagnose/types';

export interface FeedbackRecord {
  type: 'mfa_feedback';
  /** `not_helpful`: the "No" under a follow-up answer. */
  verdict: 'helpful' | 'not_it' | 'not_helpful';
  entry: string | null;
  entries: string[];
  lang: string;
  user: string;
  channel: string | undefined;
  at: string;
  /** The follow-up answer the verdict is about (`<entry>/<topic>`), for feedback on thread answers. */
  followUp?: string;
}

/** What a verdict is about: the diagnosed entry and every entry of the reply, or a follow-up answer. */
type FeedbackSubject = Pick<FeedbackRecord, 'entry' | 'entries' | 'lang' | 'followUp'>;

export function diagnosisSubject(result: DiagnoseResult): FeedbackSubject {
  return { entry: result.best.id, entries: result.diagnoses.flatMap((d) => (d.id ? [d.id] : [])), lang: result.lang };
}

export function feedbackRecord(
  verdict: FeedbackRecord['verdict'],
  subject: FeedbackSubject,
  by: { user: string; channel: string | undefined },
  now = new Date(),
): FeedbackRecord {
  const { followUp, ...about } = subject;
  return {
    type: 'mfa_feedback',
    verdict,
    ...about,
    user: by.user,
    channel: by.channel,
    at: now.toISOString(),
    ...(followUp ? { followUp } : {}),
  };
}

/** The default feedback sink: one JSON line on stdout, for whatever collects the process's logs. */
export function writeFeedbackLine(record: FeedbackRecord): void {
  process.stdout.write(`${JSON.stringify(record)}\n`);
}
