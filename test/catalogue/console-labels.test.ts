/**
 * One name per console label in each language: every console path a reply shows is one of the table's paths in the
 * reader's language, and the words the table replaced (an old console tab, a second translation) appear in no reply.
 */
import { catalogue } from '../../src/catalogue';
import {
  CONSOLE_LABELS,
  CONSOLE_PATHS,
  type ConsolePath,
  consolePath,
  REPLACED_TERMS,
} from '../../src/catalogue/console-labels';
import { followUpsByEntry, generalTopics } from '../../src/catalogue/followups';
import { LANGS, type Lang } from '../../src/catalogue/types';

/** Everything a reader of `lang` is shown: entry texts and follow-up answers (not the questions people ask). */
function replies(lang: Lang): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  for (const entry of catalogue) {
    const t = entry.text[lang];
    out.push({ where: `${entry.id} summary`, text: t.summary });
    t.causes.forEach((text, i) => {
      out.push({ where: `${entry.id} causes[${i}]`, text });
    });
    t.fixes.forEach((fix, i) => {
      out.push({ where: `${entry.id} fixes[${i}]`, text: `${fix.text} ${fix.warning ?? ''}` });
    });
  }
  for (const f of [...Object.values(followUpsByEntry).flat(), ...generalTopics]) {
    out.push({ where: f.id, text: `${f.answer[lang].text} ${f.answer[lang].warning ?? ''}` });
  }
  return out;
}

const paths = Object.keys(CONSOLE_PATHS) as ConsolePath[];

describe('console labels', () => {
  it('names every label in both languages', () => {
    expect(Object.keys(CONSOLE_LABELS.ja).sort()).toEqual(Object.keys(CONSOLE_LABELS.en).sort());
    for (const lang of LANGS)
      for (const value of Object.values(CONSOLE_LABELS[lang])) expect(value.trim()).not.toBe('');
  });

  it.each(LANGS)('shows only the table’s console paths to a %s reader', (lang) => {
    // Longest first, so a path is not cut by a shorter one that it extends.
    const rendered = paths.map((path) => consolePath(lang, path)).sort((a, b) => b.length - a.length);
    const strays = replies(lang).flatMap(({ where, text }) => {
      const rest = rendered.reduce((t, path) => t.split(path).join('§'), text);
      return rest.includes(' > ') ? [`${where}: ${rest}`] : [];
    });
    expect(strays).toEqual([]);
  });

  it.each(LANGS)('uses none of the replaced words in %s replies', (lang) => {
    const found = replies(lang).flatMap(({ where, text }) =>
      Object.keys(REPLACED_TERMS[lang])
        .filter((word) => text.includes(word))
        .map((word) => `${where}: "${word}" (say "${REPLACED_TERMS[lang][word]}")`),
    );
    expect(found).toEqual([]);
  });

  it('shows entries and follow-ups the same path for the same setting', () => {
    const shownIn = (path: ConsolePath) =>
      LANGS.map((lang) => replies(lang).filter(({ text }) => text.includes(consolePath(lang, path))).length);
    for (const path of ['authFlowSessionDuration', 'oidcScopes', 'totpInPool', 'exitSmsSandbox'] as const) {
      expect({ path, inBoth: shownIn(path).every((n) => n >= 2) }).toEqual({ path, inBoth: true });
    }
  });
});
