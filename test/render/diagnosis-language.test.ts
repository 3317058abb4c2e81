/**
 * A diagnosis reads the same in Slack and in the CLI: links of the reader's language only, and one scale of
 * confidence words (the same confidence is never "high" in one and "medium" in the other).
 */
import { catalogue, linksFor } from '../../src/catalogue';
import { LANGS, type Lang } from '../../src/catalogue/types';
import type { DiagnoseResult } from '../../src/diagnose/types';
import { renderDiagnosis } from '../../src/render/blocks/diagnosis';
import { renderDiagnosisText } from '../../src/render/text/diagnosis';

function resultFor(id: string, lang: Lang, confidence = 0.98): DiagnoseResult {
  const diagnosis = {
    id,
    confidence,
    autoReply: true,
    candidates: [],
    lang,
    evidence: { signature: id, excerpt: `line with ${id}`, line: 1, via: 'exception+message' as const },
  };
  return { lang, diagnoses: [diagnosis], best: diagnosis, secrets: [] };
}

const URL = /https?:\/\/[^\s|>]+/g;

describe('links in a diagnosis', () => {
  const translated = catalogue.filter((e) => linksFor(e, 'en').length < e.links.length);

  it('some entries link an article in both languages (else this test proves nothing)', () => {
    expect(translated.length).toBeGreaterThan(0);
  });

  it.each(translated.flatMap((e) => LANGS.map((lang) => [e.id, lang] as const)))(
    '%s in %s: Slack and the CLI link only the pages of that language',
    (id, lang) => {
      const entry = translated.find((e) => e.id === id) as (typeof translated)[number];
      const wanted = linksFor(entry, lang).map((l) => l.url);
      const other = entry.links.map((l) => l.url).filter((url) => !wanted.includes(url));
      const slack = JSON.stringify(renderDiagnosis(resultFor(id, lang)).blocks).match(URL) ?? [];
      const cli = renderDiagnosisText(resultFor(id, lang)).match(URL) ?? [];
      for (const shown of [slack, cli]) {
        for (const url of wanted) expect(shown).toContain(url);
        for (const url of other) expect(shown).not.toContain(url);
      }
    },
  );
});

describe('confidence in words', () => {
  const slackWords = (r: DiagnoseResult) =>
    /(?:Confidence|確度): (.+?)\.?"/.exec(JSON.stringify(renderDiagnosis(r).blocks))?.[1];
  const cliWords = (r: DiagnoseResult) => /(?:Confidence|確度): (.+?) \(\d/.exec(renderDiagnosisText(r))?.[1];

  it.each(LANGS.flatMap((lang) => [0.95, 0.85, 0.8, 0.7, 0.55, 0.5, 0.45, 0.2].map((c) => [lang, c] as const)))(
    '%s, %d: Slack and the CLI use the same words',
    (lang, confidence) => {
      const result = resultFor('session-expired', lang, confidence);
      const slack = slackWords(result);
      expect(slack).toBeDefined();
      expect(cliWords(result)).toBe(slack);
    },
  );
});
