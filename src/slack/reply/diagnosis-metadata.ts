import type { DiagnoseResult } from '../../diagnose/types';

/** How the bot came to answer; lets a follow-up (or an analyst) tell an unprompted reply from a requested one. */
export type ReplySource = 'channel' | 'dm' | 'mention' | 'shortcut' | 'thread' | 'alert';

export interface DiagnosisMetadata {
  event_type: 'mfa_diagnosis';
  event_payload: {
    entry: string;
    lang: string;
    confidence: number;
    /** Every entry in the reply, comma-separated (Slack's metadata types allow no arrays of strings). */
    entries: string;
    /** The best entry's runners-up, comma-separated. */
    candidates: string;
    source: ReplySource;
  };
}

/**
 * The message metadata a diagnosis reply carries, so a later follow-up in the thread can recover what was diagnosed
 * from Slack itself. Anyone with history access can read it: catalogue ids and numbers only, never the user's text.
 * Undefined when nothing matched (there is no entry to follow up on).
 */
export function diagnosisMetadata(result: DiagnoseResult, source: ReplySource): DiagnosisMetadata | undefined {
  const entry = result.best.id;
  if (entry === null) return undefined;
  return {
    event_type: 'mfa_diagnosis',
    event_payload: {
      entry,
      lang: result.lang,
      confidence: Math.round(result.best.confidence * 100) / 100,
      entries: result.diagnoses.flatMap((d) => (d.id ? [d.id] : [])).join(','),
      candidates: result.best.candidates
        .slice(0, 5)
        .map((c) => c.id)
        .join(','),
      source,
    },
  };
}
