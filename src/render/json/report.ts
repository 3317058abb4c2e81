import type { Lang } from '../../catalogue/types';
import type { Report } from '../../checks/types';

/**
 * The CLI's `check --json` contract (DESIGN.md): `{pool, region, findings: [{rule, entry, status, summary}]}`,
 * plus lang, account, alias, user, counts, and per finding its evidence, client and missing IAM actions. `summary`
 * and `evidence` are strings in the report's language.
 */
export function renderReportJson(report: Report, lang: Lang = 'en'): string {
  const body = {
    pool: report.pool,
    region: report.region,
    lang,
    ...(report.account ? { account: report.account } : {}),
    ...(report.alias ? { alias: report.alias } : {}),
    ...(report.user ? { user: report.user } : {}),
    counts: report.counts,
    findings: report.findings.map((f) => ({
      rule: f.rule,
      entry: f.entry,
      status: f.status,
      summary: f.summary[lang],
      evidence: f.evidence.map((e) => e[lang]),
      ...(f.client ? { client: f.client } : {}),
      ...(f.missingActions ? { missingActions: f.missingActions } : {}),
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
