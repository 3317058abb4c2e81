/**
 * The language a person wrote in: `ja` when Japanese characters outweigh Latin letters once error strings, code and
 * URLs (which are English whatever the writer's language) are set aside.
 */
import type { Lang } from '../catalogue/types';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/g;
const LATIN = /[A-Za-z]/g;
// Things that are English in any paste: URLs, identifiers (CamelCase, snake_case, dotted), JSON, quoted strings.
// A CamelCase word is an upper, a lower and an upper letter in that order, each found as the first of its kind, so
// nothing is tried twice; a brace stops at the next brace, so a line of `{{{…` is not read once per brace.
const NOT_PROSE =
  /https?:\/\/\S+|`[^`]*`|"[^"\n]*"|'[^'\n]*'|\b[a-z0-9_]*[A-Z][A-Z0-9_]*[a-z][a-z0-9_]*[A-Z]\w*\b|\b\w+(?:[._:/-]\w+)+\b|\{[^{}\n]*\}/g;
/**
 * Lines that quote an error or a body rather than say something: English whoever pastes them. Four tests rather than
 * one alternation: the same answer, and the ReDoS gate analyses them in a seventh of the time.
 */
const ERROR_LINE = [/[A-Za-z](?:Exception|Error)\b/, /^\s*[{[<]/, /"__type"/, /\bat\s+\S+\s*\(/];
/** A Japanese character carries about as much as this many Latin letters. */
const JAPANESE_WEIGHT = 3;
/** A Japanese name in an English log is not a Japanese text. */
const MIN_JAPANESE = 3;
/** The language shows in a text's start: longer texts are judged on this much. */
export const LANGUAGE_SAMPLE_CHARS = 16 * 1024;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * `ja` when the text is mostly Japanese, else `en`. Error lines (those that look like one, and `errorLines`, 1-based)
 * count only their Japanese words: the error strings in them are English whoever pastes them.
 */
export function detectLanguage(text: string, errorLines: ReadonlySet<number> = new Set()): Lang {
  const sample = text.length > LANGUAGE_SAMPLE_CHARS ? text.slice(0, LANGUAGE_SAMPLE_CHARS) : text;
  if (!JAPANESE.test(sample)) return 'en';
  JAPANESE.lastIndex = 0;
  const body = sample
    .split('\n')
    .map((line, i) => (errorLines.has(i + 1) || ERROR_LINE.some((p) => p.test(line)) ? line.replace(LATIN, ' ') : line))
    .join('\n')
    .replace(NOT_PROSE, ' ');
  const japanese = count(body, JAPANESE);
  const latin = count(body, LATIN);
  return japanese >= MIN_JAPANESE && japanese * JAPANESE_WEIGHT >= latin ? 'ja' : 'en';
}
