/**
 * Hostile text for the property tests and `npm run bench adversarial`: the shapes that make a backtracking pattern
 * slow. Long runs of one character class, two classes alternating, and the literal start of every pattern in src/
 * repeated (with and without a character that breaks the match), plus the cases that once stalled the bot.
 */
import { regexSites } from './regex-sites';

/** One character of each class the patterns care about: word, case, digits, spaces, quotes, brackets, escapes. */
export const CLASS_CHARS = [
  'a',
  'A',
  '0',
  '_',
  '-',
  '.',
  ' ',
  '\t',
  '\\',
  '/',
  ':',
  '=',
  '+',
  '%',
  '?',
  '&',
  '*',
  '~',
  '`',
  '"',
  "'",
  '{',
  '(',
  '<',
  '>',
  '|',
  '@',
  '#',
  '!',
  'ア',
  'あ',
  '漢',
  'Ａ',
];

/** Two classes side by side, the shape of most quadratic attacks (`ab-`, `Aa`, `<@U|`). */
const ALTERNATIONS = ['Aa', 'A0', 'h0', 'E_', 'ab-', 'a.', '0:', 'a=', '%?a=', '?-=', '\\"', '\\\\n', 'a ', 'at ('];

/** Shapes taken from the issue: each stalled the bot for seconds. */
const KNOWN = ['<http:', '<@UU|', '<!here|', 'eyJaaaaaaaaa-', 'otpauth://:', '+81 90 1234 5678 ', '#0 (', 'user \t'];

// A regex source's leading literal text: `\botpauth:\/\/[^…]` -> `otpauth://`, `<@[UW]…` -> `<@`.
const SKIP_AT_START = /^(?:\^|\\b|\(\?:|\(\?<?[=!][^)]*\)|\()+/;
const LITERAL = /^(?:\\[^\w\s]|[^\\^$.|?*+()[\]{}])/;
const QUANTIFIER = /^[?*{]/;

function literalPrefix(source: string): string {
  let rest = source.replace(SKIP_AT_START, '');
  let prefix = '';
  for (let m = LITERAL.exec(rest); m !== null; m = LITERAL.exec(rest)) {
    rest = rest.slice(m[0].length);
    // An optional or repeated character is not part of every match's start.
    if (QUANTIFIER.test(rest)) break;
    prefix += m[0].length === 2 ? m[0][1] : m[0];
  }
  return prefix;
}

/** The literal starts (two characters or more) of every regex literal in src/, each once. */
export function patternPrefixes(): string[] {
  const prefixes = regexSites().literals.flatMap((l) => {
    const p = literalPrefix(l.source);
    return p.length >= 2 ? [p, p.toUpperCase()] : [];
  });
  return [...new Set(prefixes)].sort();
}

/** Units to repeat: every class, every pair above, every pattern start (alone and broken by a NUL or a space). */
export function adversarialUnits(): string[] {
  const prefixes = patternPrefixes();
  return [
    ...new Set([
      ...CLASS_CHARS,
      ...ALTERNATIONS,
      ...KNOWN,
      ...prefixes,
      ...prefixes.map((p) => `${p}\u0000`),
      ...prefixes.map((p) => `${p} `),
    ]),
  ];
}

/** `unit` repeated to exactly `chars` characters. */
export function fill(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/** Every unit filled to `chars`, a run between two letters of each class, and the CamelCase case. */
export function adversarialCorpus(chars: number): { name: string; text: string }[] {
  const runs = adversarialUnits().map((unit) => ({ name: JSON.stringify(unit), text: fill(unit, chars) }));
  const enclosed = CLASS_CHARS.map((c) => ({ name: `x${c}…x`, text: `x${fill(c, chars - 2)}x` }));
  const third = Math.floor((chars - 6) / 3);
  const camel = {
    name: "'セッション ' + 'A'… + 'a'…",
    text: `セッション ${'A'.repeat(third)}${'a'.repeat(chars - 6 - third)}`,
  };
  return [...runs, ...enclosed, camel];
}
