/**
 * What a follow-up button carries: which answer, about which entry, in which language. Catalogue ids only, never the
 * user's text, so a press needs no state on our side and nothing private ends up in a button.
 */
import { findEntry } from '../../catalogue';
import { findFollowUp } from '../../catalogue/followups';
import { LANGS, type Lang } from '../../catalogue/types';

export interface FollowUpValue {
  /** The follow-up id (`<entry>/<topic>` or `general/<topic>`). */
  followUp: string;
  /** The thread's entry (null in a thread without the bot's diagnosis). */
  entry: string | null;
  lang: Lang;
}

export function packFollowUpValue(value: FollowUpValue): string {
  return JSON.stringify({ f: value.followUp, e: value.entry, l: value.lang });
}

/** The value back, or undefined when it is not one of ours (or names what the catalogue no longer has). */
export function unpackFollowUpValue(raw: string | undefined): FollowUpValue | undefined {
  let parsed: { f?: unknown; e?: unknown; l?: unknown };
  try {
    parsed = JSON.parse(raw ?? '') as typeof parsed;
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed.f !== 'string' || !findFollowUp(parsed.f)) return undefined;
  if (!LANGS.includes(parsed.l as Lang)) return undefined;
  const entry = typeof parsed.e === 'string' && findEntry(parsed.e) ? parsed.e : null;
  return { followUp: parsed.f, entry, lang: parsed.l as Lang };
}
