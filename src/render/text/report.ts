import { findEntry } from '../../catalogue';
import type { Lang } from '../../catalogue/types';
import type { Finding, Report } from '../../checks/types';
import { REPORT_STRINGS } from '../report-strings';
import { padColumns } from './columns';

/** The status column: its words (FAIL, 失敗 …) padded to this many terminal columns, the summary after a space. */
const STATUS_COLUMNS = 7;

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');

function heading(report: Report, lang: Lang): string {
  const ui = REPORT_STRINGS[lang];
  const where = [
    report.region,
    report.account ? `${ui.account} ${report.account}` : '',
    report.alias ? `${ui.alias} ${report.alias}` : '',
    report.user ? `${ui.user} ${report.user}` : '',
  ].filter(Boolean);
  return `${ui.title(report.pool)} (${where.join(', ')})\n${ui.counts(report.counts)}`;
}

function label(f: Finding): string {
  return f.client ? `${f.rule} [${f.client.name ?? f.client.id}]` : f.rule;
}

/** The report for a terminal: failing and warning findings with their fixes, then unknown, then passed in one list. */
export function renderReportText(report: Report, lang: Lang = 'en'): string {
  const ui = REPORT_STRINGS[lang];
  const out = [heading(report, lang), ''];
  const fixed = new Set<string>();
  for (const f of report.findings.filter((f) => f.status === 'fail' || f.status === 'warn')) {
    out.push(`${padColumns(ui.status[f.status], STATUS_COLUMNS)} ${label(f)}: ${f.summary[lang]}`);
    for (const e of f.evidence) out.push(`        - ${e[lang]}`);
    const entry = findEntry(f.entry);
    if (entry && !fixed.has(f.entry)) {
      fixed.add(f.entry);
      const text = entry.text[lang];
      out.push(`        ${ui.howToFix(text.title)}:`);
      text.fixes.forEach((step, i) => {
        out.push(indent(`${i + 1}. ${step.text}`, '          '));
        if (step.code) out.push(indent(step.code, '             '));
        if (step.warning) out.push(indent(`! ${step.warning}`, '             '));
      });
    } else if (entry) {
      out.push(`        ${ui.sameFix(entry.text[lang].title)}`);
    }
    out.push('');
  }
  for (const f of report.findings.filter((f) => f.status === 'unknown')) {
    out.push(`${padColumns(ui.status.unknown, STATUS_COLUMNS)} ${label(f)}: ${f.summary[lang]}`);
    if (f.missingActions?.length) out.push(`        ${ui.grant(f.missingActions.join(', '))}`);
  }
  const passed = report.findings.filter((f) => f.status === 'pass');
  if (passed.length > 0) {
    if (out.at(-1) !== '') out.push('');
    out.push(`${ui.passed(passed.length)}:`);
    for (const f of passed) out.push(`  ${label(f)}: ${f.summary[lang]}`);
  }
  return `${out.join('\n').trimEnd()}\n`;
}
