/**
 * Terminal columns: East Asian wide and fullwidth characters (kana, kanji, hangul, fullwidth forms) take two columns,
 * so `padEnd`, which counts UTF-16 code units, misaligns anything Japanese. Emoji and combining marks are rare in
 * what the bot lines up and are counted as one.
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** How many columns `text` takes in a terminal. */
export function columns(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** `text` followed by spaces up to `width` columns (as it is when already that wide). */
export function padColumns(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - columns(text)));
}
