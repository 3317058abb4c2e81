/**
 * Text a person reads, in every language the bot speaks. A check's findings, refusals and failures carry each
 * language side by side, so one report renders in either; AWS names inside (API actions, settings, ARNs, ids) are
 * the same in all of them. The phrases themselves are data beside the code that uses them: one table per rule.
 */
import { LANGS, type Lang } from '../catalogue/types';

export type Localized = Readonly<Record<Lang, string>>;

/** Each language's phrases side by side, as a rule file keeps them. */
export type Phrases<T> = Readonly<Record<Lang, T>>;

/** The phrase `pick` chooses, in every language; `lang` picks the language of Localized parts it puts in. */
export function say<T>(phrases: Phrases<T>, pick: (p: T, lang: Lang) => string): Localized {
  return Object.fromEntries(LANGS.map((lang) => [lang, pick(phrases[lang], lang)])) as Record<Lang, string>;
}

/** Text that reads the same in every language: an AWS setting and its value, an ARN, an id. */
export function asIs(text: string): Localized {
  return Object.fromEntries(LANGS.map((lang) => [lang, text])) as Record<Lang, string>;
}

/** An error a person is told about: `localized` in their language; `message` is the English, for logs. */
export class LocalizedError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
  }
}
