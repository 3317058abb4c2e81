/** The catalogue's shape. Entries are data; code refers to them by id only. */

export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/** `error`: AWS returns a recognisable exception. `precondition`: a setup step whose absence shows up as symptoms. */
export type EntryKind = 'error' | 'precondition';

export interface FixStep {
  /** What to do, one sentence or two. Inline code in `backticks`. */
  text: string;
  /** A command, API call or snippet shown verbatim in a code block (AWS CLI, JSON, code). Never localised. */
  code?: string;
  /** A caution that belongs to this step, e.g. that UpdateUserPoolClient resets every setting you do not pass. */
  warning?: string;
}

export interface EntryText {
  title: string;
  /** One line: what happened. */
  summary: string;
  causes: string[];
  /** Ordered steps. */
  fixes: FixStep[];
}

export interface DocLink {
  url: string;
  title: Record<Lang, string>;
}

export interface Signatures {
  /** Exception names (error codes) exactly as AWS returns them. Empty for most preconditions. */
  exceptions: string[];
  /** Every real message variant, verbatim as AWS returns it (without the exception name). */
  messages: string[];
  /**
   * Where each message is quoted as AWS returned it, by message: an AWS page, or a public report of a real response.
   * Validation refuses a message without one, so nothing unproven decides an unprompted answer.
   */
  sources?: Record<string, string>;
  /**
   * Wordings reported second-hand that no page or report shows AWS returning. The matcher recognises them, but one
   * found verbatim never makes the bot answer unprompted; with a source found, the wording moves to `messages`.
   */
  unconfirmed?: string[];
  /**
   * Words people use when they describe the problem without quoting the error, per language.
   * Matches on these alone give a lower confidence and never an unprompted reply.
   */
  prose: Record<Lang, string[]>;
}

export interface CatalogueEntry {
  id: string;
  kind: EntryKind;
  signatures: Signatures;
  /**
   * How people describe the situation without quoting an error, per language: the flow, the SDK call, what the user
   * sees. Whole sentences, for the prose ranking (they never make the bot answer unprompted).
   */
  symptoms: Record<Lang, string[]>;
  text: Record<Lang, EntryText>;
  links: DocLink[];
}

/** An error that looks like a catalogue entry's but is something else (lookalikes.ts): the bot stays quiet on it. */
export interface Lookalike {
  id: string;
  /** Exception names (error codes) it comes with; may share names with catalogue entries. */
  exceptions: string[];
  /** Message fragments, verbatim as the service returns them. */
  messages: string[];
}

/** A question people ask next in a thread about an entry (or in general), with its answer. */
export interface FollowUp {
  id: string;
  /** Several phrasings per language; the engine matches a message against them. */
  questions: Record<Lang, string[]>;
  answer: Record<Lang, FixStep>;
}
