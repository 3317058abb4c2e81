/**
 * Source code and reference docs carry Cognito's exact words without anything having failed: an emulator that
 * answers `message: 'Invalid session for the user, session is expired.'`, a catch block comparing
 * `ex.Message == "..."`, a constant, an i18n table keyed by the message, a test, a mock, a list of exception names,
 * an API reference entry, the `+` and `-` lines of a diff. A line that asks about a name ("what is X?") or says how
 * code handles it ("handle X gracefully") is no report either. These rules tell such lines from a report of an error, so the bot does not answer code as
 * if it had failed. A trailing comment is a report: `await confirmSignIn(...); // -> X: message` is how people
 * annotate what a call returned.
 */
import type { Segment } from './normalise';
import { toKey } from './normalise';

// A statement ending in `;`, or a line opening with a declaration, a control keyword or a test.
const STATEMENT_END = /;\s*$/;
const DECLARATION =
  /^(?:return|const|let|var|val|final|public|private|protected|static|throw|assert)\b|^(?:if|elif|while|switch|expect|it|test|describe)\s*\(/;
// Text compared with or searched for: `== "..."`, `"..." ===`, `.equals("...")`, `strings.Contains(x, "...")`,
// Python's `"..." in str(e)`, Kotlin's `"..." -> ...` branch and `"..." to R.string.x` pair.
const COMPARES_TEXT =
  /[=!]==?\s*['"]|['"]\s*[=!]==?|\b(?:equals|equalsIgnoreCase|includes|contains|Contains|startsWith|endsWith|indexOf|matches)\s*\([^'"\n]{0,80}['"]|['"]\s+(?:not\s+)?in\s+(?:str\(|repr\()?\w+[.[(]|['"]\s*->|^(['"]).*\1\s+to\s+\w/;
// A quoted key with spaces in it (`'Invalid session for the user.': '...'`): a lookup table. Error bodies only ever
// have identifier keys (`"message":`, `'Code':`). Bounded, without nested stars: a long line costs linear time.
const TEXT_AS_KEY = /(?:^|[{,\s])(['"])(?=[^'"\n]{0,200}\s)[^'"\n]{1,200}\1\s*:/;
// A named constant (`SESSION_EXPIRED = "..."`), an Android string resource, an error built in code (a mock, a test).
// `ERROR: "..."` (a log level) is not a constant: a name without `_` counts only with `=`.
const DEFINES_TEXT =
  /^[A-Z][A-Z0-9]*_[A-Z0-9_]+\s*[:=]\s*['"]|^[A-Z][A-Z0-9]{2,}\s*=\s*['"]|^<string\b|\bnew\s+\w*(?:Exception|Error)\s*\(/;
// Lines that only hold a literal or a name in a list or a table: `"X",`, `X:`, `'...'),`.
const BARE_ITEM = /^(?:(['"]).*\1|[A-Za-z][\w.]*)\s*[,:;)\]}]*$/;
const COMMENT = /^(?:\/\/|\/\*)/;
// A `//` comment after code, not the `//` of a URL.
const TRAILING_COMMENT = /(?<![:/])\/\/(?!\/)/;
// API reference and generated SDK docs: `This exception is thrown when ...`, `@throws {@link X}`, `HTTP Status Code: 400`.
const DOCS = /^This exception is thrown\b|@throws\b|^HTTP Status Code: \d{3}$/;
/** How far from a bare item a statement may be for the item to be part of that code. */
const NEIGHBOURHOOD = 2;
// A name alone on its line, next to another: a list of exception names (an API reference, a catch list).
const LISTED_NAME = /^[A-Za-z][\w.]*(?:Exception|Error)[\s,;:)\]}]*$/;
// A unified diff: its hunk header or file header. Its `+` and `-` lines are code or config being changed.
const DIFF_HEADER = /^(?:@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@|diff --git |\+\+\+ [ab]\/|--- [ab]\/)/;
const DIFF_LINE = /^[+-]/;
// A line that talks about a name rather than reports it: a question ("what is X?", "X って何？", "X とは") or code
// handling it ("handle X gracefully", "catch X"). Small tests rather than one alternation, like the follow-up
// engine's question tests.
const TALKS_ABOUT = [
  /[?？]/,
  /\b(?:what|whats|why|how|where|which|mean|means|meaning)\b/i,
  /って何|ってなに|とは|意味|ですか|でしょうか|ますか/,
  /\b(?:handles?|handled|handling|catch|catches|caught|throws?|thrown|raises?|rethrows?|wraps?|mocks?|swallows?)\b/i,
];

const diffs = new WeakMap<readonly Segment[], boolean>();

/** The paste is a diff (looked for once per paste). */
function isDiff(segments: readonly Segment[]): boolean {
  let known = diffs.get(segments);
  if (known === undefined) {
    known = segments.some((segment) => DIFF_HEADER.test(segment.text));
    diffs.set(segments, known);
  }
  return known;
}

/** The line talks about what it names (asks what it is, says how code handles it) rather than reports it. */
export function talksAbout(text: string): boolean {
  return TALKS_ABOUT.some((pattern) => pattern.test(text));
}

/** The line without a trailing `//` comment. */
function codeOf(line: string): string {
  const at = line.search(TRAILING_COMMENT);
  return at > 0 ? line.slice(0, at).trimEnd() : line;
}

/** The line itself (its comment aside) is source code or reference documentation. */
export function isCodeLine(text: string): boolean {
  const line = codeOf(text.trim());
  return (
    STATEMENT_END.test(line) ||
    DECLARATION.test(line) ||
    COMPARES_TEXT.test(line) ||
    TEXT_AS_KEY.test(line) ||
    DEFINES_TEXT.test(line) ||
    DOCS.test(line)
  );
}

/**
 * Segment `s` is code: a code line, or a bare literal or name with code or docs around it. With `messageKey` (the
 * comparison form of a message found on the line), a message that sits only in the line's trailing comment is what
 * the code returned, a report, so the segment does not count as code.
 */
export function inCode(segments: readonly Segment[], s: number, messageKey?: string): boolean {
  const segment = segments[s];
  if (!segment) return false;
  const text = segment.text.trim();
  if (isCodeLine(text)) {
    const code = codeOf(text);
    return !messageKey || code === text || toKey(code).includes(messageKey);
  }
  if (DIFF_LINE.test(text) && isDiff(segments)) return true;
  if (!BARE_ITEM.test(text)) return false;
  if (LISTED_NAME.test(text)) {
    const listed = (other: Segment | undefined) =>
      other !== undefined && Math.abs(other.line - segment.line) === 1 && LISTED_NAME.test(other.text.trim());
    if (listed(segments[s - 1]) || listed(segments[s + 1])) return true;
  }
  for (let d = 1; d <= NEIGHBOURHOOD; d++) {
    for (const other of [segments[s - d], segments[s + d]]) {
      if (!other || Math.abs(other.line - segment.line) > NEIGHBOURHOOD) continue;
      if (isCodeLine(other.text) || COMMENT.test(other.text.trim())) return true;
    }
  }
  return false;
}
