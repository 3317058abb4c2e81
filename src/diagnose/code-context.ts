/**
 * Source code and reference docs carry Cognito's exact words without anything having failed: an emulator that
 * answers `message: 'Invalid session for the user, session is expired.'`, a catch block comparing
 * `ex.Message == "..."`, a constant, an i18n table keyed by the message, a list of exception names, an API reference
 * entry. These rules tell such lines from a report of an error, so the bot does not answer code as if it had failed.
 */
import type { Segment } from './normalise';

// A statement: `...;` (a trailing comment allowed), or a line opening with a declaration or a control keyword.
const STATEMENT_END = /;\s*(?:\/\/.*)?$/;
const DECLARATION =
  /^(?:return|const|let|var|val|final|public|private|protected|static|throw|assert)\b|^(?:if|elif|while|switch|expect)\s*\(/;
// Text compared with a literal: `== "..."`, `"..." ===`, `.equals("...")`, `.includes('...')`.
const COMPARES_TEXT = /(?:[=!]==?|\.(?:equals|includes|startsWith|contains|endsWith)\()\s*['"]|['"]\s*[=!]==?/;
// A quoted key with spaces in it (`'Invalid session for the user.': '...'`): a lookup table. Error bodies only ever
// have identifier keys (`"message":`, `'Code':`).
// Bounded and without nested stars so a long line costs linear time.
const TEXT_AS_KEY = /(?:^|[{,\s])(['"])(?=[^'"\n]{0,200}\s)[^'"\n]{1,200}\1\s*:/;
// Lines that only hold a literal or a name in a list or a table: `"X",`, `X:`, `'...'),`.
const BARE_ITEM = /^(?:(['"]).*\1|[A-Za-z][\w.]*)\s*[,:;)\]}]*$/;
const COMMENT = /^(?:\/\/|\/\*)/;
// API reference and generated SDK docs: `This exception is thrown when ...`, `@throws {@link X}`, `HTTP Status Code: 400`.
const DOCS = /^This exception is thrown\b|@throws\b|^HTTP Status Code: \d{3}$/;
/** How far from a bare item a statement may be for the item to be part of that code. */
const NEIGHBOURHOOD = 2;

/**
 * The line itself is source code or reference documentation. A comment is not: `// => X: message` is how people
 * annotate what a call returned.
 */
export function isCodeLine(text: string): boolean {
  const line = text.trim();
  return (
    STATEMENT_END.test(line) ||
    DECLARATION.test(line) ||
    COMPARES_TEXT.test(line) ||
    TEXT_AS_KEY.test(line) ||
    DOCS.test(line)
  );
}

/** Segment `s` is code: a code line, or a bare literal or name with code or docs around it. */
export function inCode(segments: readonly Segment[], s: number): boolean {
  const segment = segments[s];
  if (!segment) return false;
  if (isCodeLine(segment.text)) return true;
  if (!BARE_ITEM.test(segment.text.trim())) return false;
  for (let d = 1; d <= NEIGHBOURHOOD; d++) {
    for (const other of [segments[s - d], segments[s + d]]) {
      if (!other || Math.abs(other.line - segment.line) > NEIGHBOURHOOD) continue;
      if (isCodeLine(other.text) || COMMENT.test(other.text.trim())) return true;
    }
  }
  return false;
}
