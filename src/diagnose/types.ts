import type { Lang } from '../catalogue/types';
import type { SecretFinding } from '../secrets/types';

/**
 * A part of a message that is not the person's own words, when a text was read from several parts (a Slack
 * message's forwarded message, a message its link unfurled, an attachment, a text file shared with it): `line` then
 * counts within that part.
 */
export type EvidencePart = 'forwarded' | 'linked' | 'attachment' | 'file';

/** Where in the pasted text a diagnosis comes from, so a reply can show its evidence. */
export interface Evidence {
  /** The catalogue signature that matched (exception name and/or message, or a prose phrase). */
  signature: string;
  /** The part of the pasted text that matched, normalised to one line and at most ~200 characters. */
  excerpt: string;
  /** 1-based line number in the original text (in `part`, when set). */
  line: number;
  part?: EvidencePart;
  /** The part's own name, where it has one (a file's name): shown, never carried in button values. */
  source?: string;
  /** Read like a log (a file): on how many lines the error is, and the first few of them (`line` is the first). */
  occurrences?: { count: number; lines: number[] };
  /** How the entry was found. */
  via: 'exception+message' | 'message' | 'exception' | 'prose';
}

export interface Candidate {
  id: string;
  confidence: number;
}

export interface Diagnosis {
  /** The top catalogue entry id, or null when nothing matched well enough. */
  id: string | null;
  /** 0..1 */
  confidence: number;
  /** Would the bot answer this unprompted in a channel. */
  autoReply: boolean;
  /** Runners-up, best first, not including `id`. */
  candidates: Candidate[];
  lang: Lang;
  evidence?: Evidence;
}

export interface DiagnoseResult {
  /** `ja` when the text is mostly Japanese, else `en`; the `lang` option when one was given. */
  lang: Lang;
  /** One per distinct catalogue error found, in order of appearance. Empty when nothing matched. */
  diagnoses: Diagnosis[];
  /**
   * The most confident diagnosis (the first on ties), or a no-match diagnosis (id null) with the closest candidates.
   * Always present.
   */
  best: Diagnosis;
  secrets: SecretFinding[];
}
