import type { KnownBlock } from '@slack/types';
import { findEntry } from '../../catalogue';
import type { FixStep, Lang } from '../../catalogue/types';
import type { Finding, Report, Status } from '../../checks/types';
import { escapeCode, escapeMrkdwn } from '../mrkdwn';
import { REPORT_STRINGS, type ReportStrings } from '../report-strings';
import { context, divider, header, SECTION_TEXT_MAX, section } from './builders';
import type { SlackReply } from './diagnosis';
import { fitToLimits } from './limits';

const md = escapeMrkdwn;
export const ICON: Record<Status, string> = {
  fail: ':x:',
  warn: ':warning:',
  unknown: ':grey_question:',
  pass: ':white_check_mark:',
};
const MAX_EVIDENCE = 4;

function fixStep(step: FixStep, index: number): string {
  let text = `${index + 1}. ${md(step.text)}`;
  if (step.code) text += `\n\`\`\`${escapeCode(step.code)}\`\`\``;
  if (step.warning) text += `\n:warning: ${md(step.warning)}`;
  return text;
}

/** Packs chunks into as few sections as fit Slack's 3000 characters each (a single oversized chunk is clipped). */
function packed(chunks: string[]): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let current = '';
  for (const chunk of chunks) {
    if (current && current.length + 1 + chunk.length > SECTION_TEXT_MAX) {
      blocks.push(section(current));
      current = '';
    }
    current = current ? `${current}\n${chunk}` : chunk;
  }
  if (current) blocks.push(section(current));
  return blocks;
}

const name = (f: Finding) => `\`${f.rule}\`${f.client ? ` · ${md(f.client.name ?? f.client.id)}` : ''}`;

/** One acting finding with its catalogue fix steps (once per entry: `fixed` remembers which were shown). */
export function findingBlocks(f: Finding, lang: Lang, ui: ReportStrings, fixed: Set<string>): KnownBlock[] {
  const evidence = f.evidence.slice(0, MAX_EVIDENCE).map((e) => `• ${md(e[lang])}`);
  const blocks: KnownBlock[] = [
    section([`${ICON[f.status]} *${ui.status[f.status]}* ${name(f)}`, md(f.summary[lang]), ...evidence].join('\n')),
  ];
  const entry = findEntry(f.entry);
  if (!entry) return blocks;
  const text = entry.text[lang];
  if (fixed.has(f.entry)) {
    blocks.push(context(md(ui.sameFix(text.title))));
  } else {
    fixed.add(f.entry);
    blocks.push(...packed([`*${md(ui.howToFix(text.title))}*`, ...text.fixes.map((s, i) => fixStep(s, i))]));
  }
  return blocks;
}

/**
 * The report as a Slack message: failing and warning findings with their catalogue fix steps, the unknown ones with
 * the IAM actions to grant, everything that passed folded into one context block. `tail` (e.g. a "Share in channel"
 * button) is always kept; findings are cut from the end to stay within Slack's limits.
 */
export function renderReport(report: Report, options: { lang?: Lang; tail?: KnownBlock[] } = {}): SlackReply {
  const lang = options.lang ?? 'en';
  const ui = REPORT_STRINGS[lang];
  const where = [
    report.region,
    report.account ? `${ui.account} ${report.account}` : '',
    report.alias ? `${ui.alias} ${md(report.alias)}` : '',
    report.user ? `${ui.user} ${md(report.user)}` : '',
  ].filter(Boolean);
  const body: KnownBlock[] = [
    header(ui.title(report.pool)),
    context(`${where.join(' · ')} — *${ui.counts(report.counts)}*`),
  ];

  const fixed = new Set<string>();
  const acting = report.findings.filter((f) => f.status === 'fail' || f.status === 'warn');
  const unknown = report.findings.filter((f) => f.status === 'unknown');
  const passed = report.findings.filter((f) => f.status === 'pass');
  // A check started from a diagnosis shows that entry first, whatever its status.
  const focus = report.focusEntry
    ? report.findings.filter((f) => f.entry === report.focusEntry && f.status !== 'fail' && f.status !== 'warn')
    : [];

  for (const f of acting) body.push(divider(), ...findingBlocks(f, lang, ui, fixed));
  if (unknown.length > 0) {
    body.push(divider());
    body.push(
      ...packed([
        `*${ui.cannotCheck}*`,
        ...unknown.map(
          (f) =>
            `${ICON.unknown} ${name(f)} ${md(f.summary[lang])}${f.missingActions?.length ? `\n    ${ui.grant(f.missingActions.map((a) => `\`${a}\``).join(', '))}` : ''}`,
        ),
      ]),
    );
  }
  if (passed.length > 0) {
    const rules = new Map<string, number>();
    for (const f of passed) rules.set(f.rule, (rules.get(f.rule) ?? 0) + 1);
    const list = [...rules].map(([rule, n]) => (n > 1 ? `\`${rule}\` ×${n}` : `\`${rule}\``)).join(', ');
    body.push(context(`${ICON.pass} *${ui.passed(passed.length)}:* ${list}`));
  }
  if (focus.length > 0) {
    // Not failing: still say first what the diagnosis asked about.
    body.splice(
      2,
      0,
      section(
        focus.map((f) => `${ICON[f.status]} *${ui.status[f.status]}* ${name(f)} ${md(f.summary[lang])}`).join('\n'),
      ),
    );
  }
  return {
    text: `${ui.title(report.pool)}: ${ui.counts(report.counts)}`,
    blocks: fitToLimits(body, options.tail ?? [], ui.trimmed),
  };
}
