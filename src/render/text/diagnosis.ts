/**
 * A diagnosis as terminal text: for each error found, its title, what happened, why, the numbered fix steps (commands
 * indented so they can be copied), warnings, links, the evidence and how sure the match is, in the reader's language.
 * A no-match says so and lists the closest entries. Secrets found in the paste are named by kind and line only.
 */
import { findEntry, linksFor } from '../../catalogue';
import type { CatalogueEntry, Lang } from '../../catalogue/types';
import type { DiagnoseResult, Diagnosis } from '../../diagnose/types';
import type { SecretFinding } from '../../secrets/types';
import { CONFIDENCE_WORDS, confidenceLevel, confidenceWords } from '../confidence';
import { SECRET_KINDS } from '../secret-kinds';
import { columns } from './columns';

interface Strings {
  why: string;
  fix: string;
  warning: string;
  links: string;
  evidence: (line: number, excerpt: string) => string;
  matched: (signature: string) => string;
  confidence: (words: string, value: number, reply: string) => string;
  otherMatches: string;
  autoReply: string;
  noAutoReply: string;
  noMatch: string;
  closest: string;
  tryMore: string;
  alsoFound: (count: number) => string;
  secrets: string;
  onLine: (lines: number[]) => string;
}

const STRINGS: Record<Lang, Strings> = {
  en: {
    why: 'Why',
    fix: 'How to fix it',
    warning: 'Warning',
    links: 'Links',
    evidence: (line, excerpt) => `Evidence: line ${line}: ${excerpt}`,
    matched: (signature) => `  matched: ${signature}`,
    confidence: (words, value, reply) => `${CONFIDENCE_WORDS.en.label}: ${words} (${value.toFixed(2)}), ${reply}`,
    otherMatches: 'It could also be:',
    autoReply: 'the bot would answer this unprompted in a channel',
    noAutoReply: 'the bot would answer this only when asked',
    noMatch: 'No catalogue entry matches this text.',
    closest: 'Closest entries:',
    tryMore: 'Paste the whole error message (exception name and message), or describe the step that fails.',
    alsoFound: (count) => `${count} errors found in this text, in order of appearance:`,
    secrets:
      'Your text contains secrets; treat them as exposed if you pasted them anywhere shared (rotate or revoke them):',
    onLine: (lines) => `line ${lines.join(', ')}`,
  },
  ja: {
    why: '原因',
    fix: '対処方法',
    warning: '注意',
    links: 'リンク',
    evidence: (line, excerpt) => `根拠: ${line} 行目: ${excerpt}`,
    matched: (signature) => `  一致: ${signature}`,
    confidence: (words, value, reply) => `${CONFIDENCE_WORDS.ja.label}: ${words} (${value.toFixed(2)})、${reply}`,
    otherMatches: 'ほかに考えられる項目:',
    autoReply: 'チャンネルでは呼ばれなくても回答します',
    noAutoReply: 'チャンネルでは呼ばれたときだけ回答します',
    noMatch: 'このテキストに一致するカタログ項目はありません。',
    closest: '近い項目:',
    tryMore: 'エラー全体 (例外名とメッセージ) を貼り付けるか、失敗する手順を説明してください。',
    alsoFound: (count) => `このテキストから ${count} 件のエラーが見つかりました (出現順):`,
    secrets:
      '秘密情報が含まれています。共有の場所に貼り付けた場合は漏えいしたものとして扱い、無効化・更新してください:',
    onLine: (lines) => `${lines.join(', ')} 行目`,
  },
};

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');
}

function renderEntry(entry: CatalogueEntry, diagnosis: Diagnosis, lang: Lang): string {
  const s = STRINGS[lang];
  const text = entry.text[lang];
  const out: string[] = [text.title, '='.repeat(Math.min(80, columns(text.title))), text.summary, '', `${s.why}:`];
  for (const cause of text.causes) out.push(indent(`- ${cause}`, '  '));
  out.push('', `${s.fix}:`);
  text.fixes.forEach((step, i) => {
    out.push(indent(`${i + 1}. ${step.text}`, '  '));
    if (step.code) out.push('', indent(step.code, '       '), '');
    if (step.warning) out.push(indent(`${s.warning}: ${step.warning}`, '     '));
  });
  const links = linksFor(entry, lang);
  if (links.length > 0) {
    out.push('', `${s.links}:`);
    for (const link of links) out.push(`  - ${link.title[lang]}: ${link.url}`);
  }
  out.push('', ...renderEvidence(diagnosis, lang));
  return out.join('\n');
}

function closestLines(diagnosis: Diagnosis, lang: Lang): string[] {
  return diagnosis.candidates.flatMap((c) => {
    const entry = findEntry(c.id);
    return entry ? [`  - ${entry.text[lang].title} (${c.id}, ${c.confidence.toFixed(2)})`] : [];
  });
}

function renderEvidence(diagnosis: Diagnosis, lang: Lang): string[] {
  const s = STRINGS[lang];
  const out: string[] = [];
  if (diagnosis.evidence) {
    out.push(s.evidence(diagnosis.evidence.line, diagnosis.evidence.excerpt));
    if (diagnosis.evidence.signature) out.push(s.matched(diagnosis.evidence.signature));
  }
  out.push(
    s.confidence(
      confidenceWords(diagnosis.confidence, lang),
      diagnosis.confidence,
      diagnosis.autoReply ? s.autoReply : s.noAutoReply,
    ),
  );
  // Short of high (a match from prose always is), the runners-up are worth a look.
  if (confidenceLevel(diagnosis.confidence) !== 'high' && diagnosis.candidates.length > 0) {
    out.push(s.otherMatches, ...closestLines(diagnosis, lang));
  }
  return out;
}

function renderNoMatch(best: Diagnosis, lang: Lang): string {
  const s = STRINGS[lang];
  const out = [s.noMatch];
  const closest = closestLines(best, lang);
  if (closest.length > 0) out.push('', s.closest, ...closest);
  out.push('', s.tryMore);
  return out.join('\n');
}

function renderSecrets(secrets: SecretFinding[], lang: Lang): string {
  const s = STRINGS[lang];
  const byKind = new Map<SecretFinding['kind'], number[]>();
  for (const secret of secrets) byKind.set(secret.kind, [...(byKind.get(secret.kind) ?? []), secret.line]);
  return [
    s.secrets,
    ...[...byKind].map(([kind, lines]) => `  - ${SECRET_KINDS[lang][kind]} (${s.onLine(lines)})`),
  ].join('\n');
}

/** The whole result as text for a terminal, ending with a newline. */
export function renderDiagnosisText(result: DiagnoseResult, lang: Lang = result.lang): string {
  const s = STRINGS[lang];
  const sections: string[] = [];
  if (result.secrets.length > 0) sections.push(renderSecrets(result.secrets, lang));
  const shown = result.diagnoses.flatMap((d) => {
    const entry = d.id ? findEntry(d.id) : undefined;
    return entry ? [{ entry, diagnosis: d }] : [];
  });
  if (shown.length === 0) sections.push(renderNoMatch(result.best, lang));
  else {
    if (shown.length > 1) sections.push(s.alsoFound(shown.length));
    for (const { entry, diagnosis } of shown) sections.push(renderEntry(entry, diagnosis, lang));
  }
  return `${sections.join('\n\n')}\n`;
}
