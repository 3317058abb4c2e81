/** Terminal columns: Japanese is two columns a character, so lined-up text stays lined up in either language. */
import { reportFromFacts } from '../../../src/checks/run';
import { columns, padColumns } from '../../../src/render/text/columns';
import { renderReportText } from '../../../src/render/text/report';
import { denied, facts, ok } from '../../harness/facts';

describe('columns', () => {
  it.each([
    ['FAIL', 4],
    ['失敗', 4],
    ['ユーザープール', 14],
    ['ｶﾅ', 2], // halfwidth katakana is narrow
    ['ＡＢ', 4], // fullwidth Latin is wide
    ['MFA チェック', 12],
    ['𠮷', 2], // outside the BMP, one character
    ['', 0],
  ])('%s takes %i columns', (text, width) => {
    expect(columns(text)).toBe(width);
  });

  it('pads to the same column whatever the script, and leaves longer text as it is', () => {
    const padded = ['FAIL', '失敗', '不明', 'UNKNOWN'].map((t) => padColumns(t, 7));
    expect(padded.map(columns)).toEqual([7, 7, 7, 7]);
    expect(padColumns('ユーザープール', 4)).toBe('ユーザープール');
  });
});

describe('a check report in a terminal', () => {
  const REF = { poolId: 'eu-west-1_AbCdEfGhI', region: 'eu-west-1', partition: 'aws' };
  const report = reportFromFacts(
    facts((f) => {
      f.mfa = ok({ mfaConfiguration: 'OFF', totpEnabled: false });
      f.clients = denied('cognito-idp:ListUserPoolClients');
    }),
    { ref: REF },
  );

  it.each(['en', 'ja'] as const)('lines up every finding after its status in %s', (lang) => {
    const text = renderReportText(report, lang);
    const statusLines = text.split('\n').filter((line) => /^\S/.test(line) && line.includes(': '));
    const findings = report.findings.filter((f) => f.status !== 'pass');
    const rules = statusLines.filter((line) => findings.some((f) => line.includes(` ${f.rule}`)));
    expect(rules.length).toBeGreaterThanOrEqual(2);
    // The rule name starts at column 8 on every status line: after the status padded to 7 and one space.
    for (const line of rules) {
      const rule = findings.find((f) => line.includes(` ${f.rule}`))?.rule ?? '';
      expect(columns(line.slice(0, line.indexOf(` ${rule}`) + 1))).toBe(8);
    }
  });
});
