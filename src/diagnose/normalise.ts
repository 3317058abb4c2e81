/**
 * Turns a pasted text (Slack message, log, code fence, JSON dump ...) into short one-line segments of plain text,
 * each tagged with its 1-based line in the original, so matching never sees the wrappers and evidence can point back.
 */

/** A paste longer than this is cut: work stays bounded whatever people paste. */
export const MAX_INPUT_CHARS = 256 * 1024;
/** Longer lines (minified JSON, base64 blobs) are cut into overlapping pieces of this size before decoding. */
const MAX_SEGMENT_CHARS = 2000;
/** Enough overlap that a message cut at one piece's end is whole in the next. */
const SEGMENT_OVERLAP = 300;

export interface Segment {
  /** 1-based line in the original text. */
  line: number;
  /** Decoded text of (part of) that line. */
  text: string;
}

// NULs, other control characters and the replacement character of invalid UTF-8 become spaces.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const JUNK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;
// Slack sends a literal `<` as `&lt;`, so a `<` inside an entity starts the next one: stopping there keeps each try to
// one entity, and the time linear in the text.
const SLACK_LINK = /<((?:https?|mailto):[^|<>\s]*)\|([^<>]*)>/g;
const SLACK_BARE_LINK = /<((?:https?|mailto):[^<>\s]*)>/g;
const SLACK_USER = /<@[UW][A-Z0-9]+(?:\|[^<>]*)?>/g;
const SLACK_CHANNEL = /<#C[A-Z0-9]+(?:\|([^<>]*))?>/g;
const SLACK_SPECIAL = /<!(channel|here|everyone)(?:\|[^<>]*)?>/g;
// A date's `|fallback` is part of its run (and dropped with it); only a user group has a label of its own.
const SLACK_OTHER_SPECIAL = /<!(?:subteam\^[A-Z0-9]+(?:\|([^<>]*))?|date\^[^<>]*)>/g;
const FENCE_LINE = /^\s*(?:`{3,}|~{3,})[\w+-]*\s*$/;
// A literal `\n` / `\r\n` inside a JSON string or a log line that escaped its newlines. Each escape starts at the
// first backslash of its run: a try from inside a run of 40,000 backslashes would read the rest of it again.
const ESCAPED_NEWLINE = /(?<!\\)\\+(?:r\\+n|n|r)/;
const ESCAPED_QUOTE = /(?<!\\)\\+(["'])/g;
const ESCAPED_TAB = /(?<!\\)\\+t/g;
const UNICODE_ESCAPE = /(?<!\\)\\+u([0-9a-fA-F]{4})/g;
const MARKDOWN_ESCAPE = /\\([_*~`|>#-])/g;
// `[^(]*\(` takes the first bracket: any later one would do as well, and trying each is quadratic.
const STACK_FRAME = /^(?:at\s+\S(?:[^(]*\(.*\)|.*:\d+)|\.\.\.\s*\d+\s+more|#\d+\s+\S[^(]*\(.*:\d+(?::\d+)?\))$/;
// Slack's _italic_, *bold* and ~strike~ markers at the edges of words. A closing run is taken whole from its first
// marker (a try from each marker of `a***…***a` would read the rest of the run again); an opening run of two or more
// goes whole too, as the closing part used to take its last marker.
const SLACK_EMPHASIS = /(^|\s)(?:[_*~]{2,}|[_*~](?=\S))|(?<=[^\s_*~])[_*~]+(?=\s|$|[.,:;!?])/g;
const QUOTE_PREFIX = /^(?:>\s?)+/;
// Terraform frames its diagnostics in a box-drawing gutter (`│ Error: ...`, `╷`, `╵`) and wraps them at the terminal width.
const BOX_GUTTER = /^[\u2500-\u257f]+\s?/;
// Android logcat puts level, tag and pid before every line (`E/amplify:flutter:auth_cognito( 2536): `, `I/flutter ( 5521): `,
// `01-20 12:34:56.789  1234  5678 E Tag: `): words that would stand between an exception and its message.
const LOGCAT_PREFIX =
  /^(?:(?:\d{4}-)?\d{2}-\d{2}\s+\d{2}:\d{2}:\d{2}\.\d{3}\s+\d+[\s-]+\d+\s+[VDIWEF]\s+[^\s:]+\s*:\s|[VDIWEF]\/[\w.:$-]+\s*\(\s*\d+\):\s)/;
const SPACES = /\s+/g;

function decodeSlack(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text
    .replace(SLACK_LINK, (_m, url: string, label: string) => (label.trim() ? label : url))
    .replace(SLACK_BARE_LINK, '$1')
    .replace(SLACK_USER, '@user')
    .replace(SLACK_CHANNEL, (_m, name?: string) => `#${name ?? 'channel'}`)
    .replace(SLACK_SPECIAL, '@$1')
    .replace(SLACK_OTHER_SPECIAL, (_m, label?: string) => label ?? '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function decodeEscapes(text: string): string {
  if (!text.includes('\\')) return text;
  return text
    .replace(UNICODE_ESCAPE, (_m, hex: string) => {
      const char = String.fromCharCode(Number.parseInt(hex, 16));
      return char === '\n' || char === '\r' ? ' ' : char;
    })
    .replace(ESCAPED_QUOTE, '$1')
    .replace(ESCAPED_TAB, ' ')
    .replace(MARKDOWN_ESCAPE, '$1');
}

// A message in a URL: the hosted UI redirects with `error_description=Invalid+session+for+the+user%2C+...`.
const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
// Full-width Latin letters and digits people type with a Japanese input method.
const FULL_WIDTH = /[\uff01-\uff5e]/;

function decodeUrl(text: string): string {
  if (!text.includes('%')) return text;
  const decoded = text.replace(PERCENT_RUN, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
  return plusInQueryValue(text) ? decoded.replace(/\+/g, ' ') : decoded;
}

/**
 * `?error_description=Invalid+session`: a query value with a `+` (a space in form encoding). Read one value at a time
 * (the text between `&`s and spaces): a single pattern would try every `?` of a long value against the rest of it.
 */
function plusInQueryValue(text: string): boolean {
  const parts = text.split(/([&\s])/);
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i] as string;
    const lastPlus = part.lastIndexOf('+');
    if (lastPlus < 0) continue;
    const head = part.slice(0, lastPlus);
    if ((parts[i - 1] === '&' && /^[\w.-]+=/.test(head)) || /\?[\w.-]+=/.test(head)) return true;
  }
  return false;
}

function cleanPiece(piece: string): string {
  let text = piece
    .replace(/`+/g, ' ')
    .replace(SLACK_EMPHASIS, (_m, lead?: string) => lead ?? '')
    .replace(SPACES, ' ')
    .trim();
  text = text.replace(QUOTE_PREFIX, '').replace(BOX_GUTTER, '').replace(LOGCAT_PREFIX, '').trim();
  if (STACK_FRAME.test(text)) return '';
  return text;
}

/** Decodes a paste into segments (empty lines, fences and stack frames dropped), keeping original line numbers. */
export function normalise(input: string): Segment[] {
  const cut = input.length > MAX_INPUT_CHARS ? input.slice(0, MAX_INPUT_CHARS) : input;
  const text = (FULL_WIDTH.test(cut) ? cut.normalize('NFKC') : cut).replace(JUNK, ' ');
  const decoded = decodeSlack(text);
  const segments: Segment[] = [];
  const lines = decoded.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (raw.length === 0 || FENCE_LINE.test(raw)) continue;
    // Cut before decoding, so no step ever works on more than one piece: decoding only shortens a piece.
    for (let start = 0; ; start += MAX_SEGMENT_CHARS - SEGMENT_OVERLAP) {
      const window = raw.slice(start, start + MAX_SEGMENT_CHARS);
      const pieces = window.includes('\\') ? window.split(ESCAPED_NEWLINE) : [window];
      for (const piece of pieces) {
        const clean = cleanPiece(decodeUrl(decodeEscapes(piece)));
        if (clean) segments.push({ line: i + 1, text: clean });
      }
      if (start + MAX_SEGMENT_CHARS >= raw.length) break;
    }
  }
  return segments;
}

// Underscores stay: `session_id` is not the word `session`, and `SOFTWARE_TOKEN_MFA` is one name.
const NON_WORD = /[^a-z0-9_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+/g;

const EDGE_UNDERSCORES = /(?<![a-z0-9])_+|_+(?![a-z0-9])/g;

/** The comparison form of a text: lower case, words of letters and digits separated by single spaces. */
export function toKey(text: string): string {
  const key = text.toLowerCase().replace(NON_WORD, ' ');
  // Underscores that open or close a word are Slack italics or `__type`, not part of the word.
  return (key.includes('_') ? key.replace(EDGE_UNDERSCORES, ' ') : key).replace(/ +/g, ' ').trim();
}
