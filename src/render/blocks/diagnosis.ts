import type { KnownBlock } from '@slack/types';
import { findEntry, linksFor } from '../../catalogue';
import type { CatalogueEntry, FixStep, Lang } from '../../catalogue/types';
import { isCheckable } from '../../checks/rules';
import type { DiagnoseResult, Diagnosis } from '../../diagnose/types';
import { redact } from '../../secrets';
import type { SecretFinding } from '../../secrets/types';
import { confidenceLevel, confidenceWords } from '../confidence';
import { escapeCode, escapeMrkdwn } from '../mrkdwn';
import { SECRET_KINDS } from '../secret-kinds';
import { actions, button, context, divider, header, section } from './builders';
import { packDiagnosis } from './diagnosis-value';
import { ACTION_CHECK_POOL, ACTION_HELPFUL, ACTION_LANGUAGE, ACTION_NOT_IT, ACTIONS_BLOCK_ID } from './ids';
import { fitToLimits } from './limits';
import { STRINGS, type UiStrings } from './strings';

/** A Slack message body: blocks plus the plain `text` Slack shows in notifications and where blocks cannot render. */
export interface SlackReply {
  text: string;
  blocks: KnownBlock[];
}

const TEXT_FALLBACK_MAX = 600;

/** Catalogue text is trusted but may hold `<placeholders>`: escape it like anything else put into mrkdwn. */
const md = escapeMrkdwn;

function fixStep(step: FixStep, index: number, ui: UiStrings): string {
  let text = `${index + 1}. ${md(step.text)}`;
  if (step.code) text += `\n\`\`\`${escapeCode(step.code)}\`\`\``;
  if (step.warning) text += `\n:warning: *${ui.warning}:* ${md(step.warning)}`;
  return text;
}

function evidenceLine(diagnosis: Diagnosis, ui: UiStrings): string | undefined {
  const evidence = diagnosis.evidence;
  if (!evidence) return undefined;
  // The excerpt (and a file's name) is the user's own text: redact secrets in it, then make it inert in a code span.
  const excerpt = evidence.excerpt ? escapeCode(redact(evidence.excerpt)) : undefined;
  return ui.evidence({
    excerpt,
    line: evidence.line,
    part: evidence.part,
    source: evidence.source ? `\`${escapeCode(redact(evidence.source))}\`` : undefined,
    count: evidence.occurrences?.count,
    lines: evidence.occurrences?.lines,
  });
}

/** Runners-up named beside an answer short of high confidence: the console lists them too. */
const RUNNERS_UP_SHOWN = 2;

function runnersUp(diagnosis: Diagnosis, lang: Lang, ui: UiStrings): string | undefined {
  if (confidenceLevel(diagnosis.confidence) === 'high') return undefined;
  const titles = diagnosis.candidates
    .map((c) => findEntry(c.id)?.text[lang].title)
    .filter((title): title is string => title !== undefined)
    .slice(0, RUNNERS_UP_SHOWN)
    .map((title) => `*${md(title)}*`);
  return titles.length > 0 ? ui.couldAlsoBe(titles) : undefined;
}

function facts(diagnosis: Diagnosis, lang: Lang, ui: UiStrings): string {
  // A described problem has no quoted words to point at, unless one of the catalogue's own phrases was found verbatim.
  const described = diagnosis.evidence?.via === 'prose' && !diagnosis.evidence.signature;
  return [
    described ? ui.described : evidenceLine(diagnosis, ui),
    ui.confidence(confidenceWords(diagnosis.confidence, lang)),
    runnersUp(diagnosis, lang, ui),
  ]
    .filter(Boolean)
    .join(' ');
}

function secretWarnings(secrets: readonly SecretFinding[], lang: Lang): KnownBlock[] {
  const ui = STRINGS[lang];
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const secret of secrets) {
    const key = `${secret.kind}:${secret.part ?? ''}:${secret.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(ui.secret(SECRET_KINDS[lang][secret.kind] ?? secret.kind, secret.line, secret.part));
  }
  return lines.length > 0 ? [section(lines.join('\n'))] : [];
}

function fullEntry(entry: CatalogueEntry, diagnosis: Diagnosis, lang: Lang, ui: UiStrings): KnownBlock[] {
  const text = entry.text[lang];
  const blocks: KnownBlock[] = [header(text.title), section(`*${ui.whatHappened}*\n${md(text.summary)}`)];
  if (text.causes.length > 0) {
    blocks.push(section(`*${ui.why}*\n${text.causes.map((cause) => `• ${md(cause)}`).join('\n')}`));
  }
  if (text.fixes.length > 0) {
    blocks.push(section(`*${ui.howToFix}*`));
    text.fixes.forEach((step, i) => {
      blocks.push(section(fixStep(step, i, ui)));
    });
  }
  const shown = linksFor(entry, lang);
  if (shown.length > 0) {
    const links = shown.map((link) => `• <${link.url}|${md(link.title[lang]).replace(/\|/g, '¦')}>`);
    blocks.push(section(`*${ui.links}*\n${links.join('\n')}`));
  }
  blocks.push(context(facts(diagnosis, lang, ui)));
  return blocks;
}

/** The 2nd and later errors of one paste: enough to act on, without drowning the first. */
function compactEntry(entry: CatalogueEntry, diagnosis: Diagnosis, lang: Lang, ui: UiStrings): KnownBlock[] {
  const text = entry.text[lang];
  const steps = text.fixes.map((step, i) => `${i + 1}. ${md(step.text)}`).join('\n');
  return [
    section(`*${md(text.title)}*\n${md(text.summary)}${steps ? `\n${steps}` : ''}`),
    context(facts(diagnosis, lang, ui)),
  ];
}

function diagnosisButtons(result: DiagnoseResult, ui: UiStrings, withFeedback: boolean): KnownBlock {
  const value = packDiagnosis(result);
  const buttons = withFeedback
    ? [button(ui.helpful, ACTION_HELPFUL, value), button(ui.notIt, ACTION_NOT_IT, value)]
    : [];
  buttons.push(button(ui.otherLanguage, ACTION_LANGUAGE, value));
  // Offered when a /mfa-check rule speaks to the diagnosis: a check on the person's pool can confirm or rule it out.
  const checkable = result.diagnoses.find((d) => d.id && isCheckable(d.id))?.id;
  if (checkable) buttons.push(button(ui.checkPool, ACTION_CHECK_POOL, checkable));
  return actions(ACTIONS_BLOCK_ID, buttons);
}

function fallbackText(titles: string[]): string {
  const [first, ...rest] = titles;
  const text = rest.length > 0 ? `${first} (+${rest.length}: ${rest.join(', ')})` : (first ?? '');
  return text.length > TEXT_FALLBACK_MAX ? `${text.slice(0, TEXT_FALLBACK_MAX - 1)}…` : text;
}

/** Lines said before the answer (what became of the message's files), in one section. */
function noteBlocks(notes: readonly string[]): KnownBlock[] {
  return notes.length > 0 ? [section(notes.join('\n'))] : [];
}

/**
 * The reply to a paste: every matched catalogue error (the first in full, the rest compact), the evidence, the
 * confidence, a warning about secrets in the paste, and the feedback / language buttons. For a paste with no match,
 * the honest no-match reply. `notes` (files not read, and why) come first.
 */
export function renderDiagnosis(result: DiagnoseResult, notes: readonly string[] = []): SlackReply {
  const lang = result.lang;
  const ui = STRINGS[lang];
  const found = result.diagnoses
    .map((diagnosis) => ({ diagnosis, entry: diagnosis.id ? findEntry(diagnosis.id) : undefined }))
    .filter((x): x is { diagnosis: Diagnosis; entry: CatalogueEntry } => x.entry !== undefined);
  if (found.length === 0) return renderNoMatch(result, notes);

  const body: KnownBlock[] = [...secretWarnings(result.secrets, result.lang), ...noteBlocks(notes)];
  found.forEach(({ diagnosis, entry }, i) => {
    if (i === 0) body.push(...fullEntry(entry, diagnosis, lang, ui));
    else {
      if (i === 1) body.push(divider(), section(`*${ui.alsoFound}*`));
      body.push(...compactEntry(entry, diagnosis, lang, ui));
    }
  });
  const blocks = fitToLimits(body, [diagnosisButtons(result, ui, true)], ui.trimmed);
  return { text: fallbackText(found.map(({ entry }) => entry.text[lang].title)), blocks };
}

/** Titles of the entries a no-match or "Not it" reply offers instead, with the confidence in words. */
function candidateList(result: DiagnoseResult, skip: ReadonlySet<string>): string[] {
  return result.best.candidates
    .filter((candidate) => !skip.has(candidate.id))
    .map((candidate) => ({ candidate, entry: findEntry(candidate.id) }))
    .filter((x) => x.entry !== undefined)
    .map(
      ({ candidate, entry }) =>
        `• *${md(entry?.text[result.lang].title ?? '')}*: ${md(entry?.text[result.lang].summary ?? '')} ` +
        `_(${confidenceWords(candidate.confidence, result.lang)})_`,
    );
}

/** "I could not match this": the closest entries and what the bot can do. Never pretends to know. */
export function renderNoMatch(result: DiagnoseResult, notes: readonly string[] = []): SlackReply {
  const ui = STRINGS[result.lang];
  const closest = candidateList(result, new Set());
  const body: KnownBlock[] = [
    ...secretWarnings(result.secrets, result.lang),
    ...noteBlocks(notes),
    section(`*${ui.noMatchTitle}*\n${ui.noMatchBody}`),
  ];
  if (closest.length > 0) body.push(section(`*${ui.closest}*\n${closest.join('\n')}`));
  body.push(context(ui.whatICanDo));
  const blocks = fitToLimits(body, [diagnosisButtons(result, ui, false)], ui.trimmed);
  return { text: ui.noMatchTitle, blocks };
}

/** What "Not it" shows: the runners-up of the best match. */
export function renderRunnersUp(result: DiagnoseResult): SlackReply {
  const ui = STRINGS[result.lang];
  const shown = new Set(result.diagnoses.flatMap((d) => (d.id ? [d.id] : [])));
  const others = candidateList(result, shown);
  const text = others.length > 0 ? `*${ui.runnersUpTitle}*\n${others.join('\n')}` : ui.noRunnersUp;
  return { text: others.length > 0 ? ui.runnersUpTitle : ui.noRunnersUp, blocks: [section(text)] };
}

/** A one-section reply with fixed text (usage help, thanks). */
export function renderNote(text: string): SlackReply {
  return { text, blocks: [section(text)] };
}
