import type { KnownBlock, SectionBlock } from '@slack/types';
import { getEntry } from '../../src/catalogue';
import { asIs } from '../../src/checks/localized';
import { buildReport } from '../../src/checks/report';
import { reportFromFacts } from '../../src/checks/run';
import type { Finding } from '../../src/checks/types';
import { renderReport } from '../../src/render/blocks/report';
import { renderReportJson } from '../../src/render/json/report';
import { escapeMrkdwn } from '../../src/render/mrkdwn';
import { renderReportText } from '../../src/render/text/report';
import { denied, facts, ok } from '../harness/facts';

const REF = { poolId: 'eu-west-1_AbCdEfGhI', region: 'eu-west-1', partition: 'aws' };
const textOf = (blocks: KnownBlock[]) => JSON.stringify(blocks);
const sections = (blocks: KnownBlock[]) =>
  blocks.filter((b): b is SectionBlock => b.type === 'section').map((b) => b.text?.text ?? '');

const finding = (f: Partial<Finding> & Pick<Finding, 'rule' | 'entry' | 'status'>): Finding => ({
  summary: asIs(`${f.rule} summary`),
  evidence: [],
  ...f,
});

describe('report model', () => {
  it('orders fail, warn, unknown, pass and counts them', () => {
    const r = buildReport({
      ref: REF,
      findings: [
        finding({ rule: 'a', entry: 'session-expired', status: 'pass' }),
        finding({ rule: 'b', entry: 'sms-role-trust', status: 'unknown' }),
        finding({ rule: 'c', entry: 'sms-role-trust', status: 'fail' }),
        finding({ rule: 'd', entry: 'sms-role-trust', status: 'warn' }),
      ],
    });
    expect(r.findings.map((f) => f.rule)).toEqual(['c', 'd', 'b', 'a']);
    expect(r.counts).toEqual({ fail: 1, warn: 1, unknown: 1, pass: 1 });
  });

  it('puts the focus entry first whatever its status', () => {
    const r = buildReport({
      ref: REF,
      focusEntry: 'session-expired',
      findings: [
        finding({ rule: 'c', entry: 'sms-role-trust', status: 'fail' }),
        finding({ rule: 'a', entry: 'session-expired', status: 'pass' }),
      ],
    });
    expect(r.findings.map((f) => f.rule)).toEqual(['a', 'c']);
  });
});

describe('Block Kit', () => {
  const failing = reportFromFacts(
    facts((f) => {
      f.mfa = ok({ mfaConfiguration: 'OFF', totpEnabled: false });
      f.smsRole = {
        ...(f.smsRole as NonNullable<typeof f.smsRole>),
        arn: 'arn:aws:iam::123456789012:role/x',
        crossAccount: false,
        role: denied('iam:GetRole'),
        simulation: denied('iam:SimulatePrincipalPolicy'),
        policies: denied('iam:ListRolePolicies'),
      };
    }),
    { ref: REF },
  );

  it('shows failing and warning findings with the entry fix steps, unknown with the IAM action, passed folded', () => {
    const { blocks, text } = renderReport(failing);
    expect(text).toMatch(/^MFA check: eu-west-1_AbCdEfGhI: \d+ fail, \d+ warn, \d+ unknown, \d+ pass$/);
    const all = textOf(blocks);
    // Fix text comes from the catalogue entry, the same a pasted error gets.
    const fix = getEntry('totp-pool-mfa-first').text.en.fixes[0]?.text ?? '';
    expect(fix.length).toBeGreaterThan(0);
    expect(sections(blocks).join('\n')).toContain(escapeMrkdwn(fix));
    expect(all).toContain('`iam:GetRole`');
    const contexts = blocks.filter((b) => b.type === 'context');
    const passed = contexts.filter((b) => JSON.stringify(b).includes('Passed ('));
    expect(passed).toHaveLength(1);
    expect(all).not.toMatch(/:white_check_mark: \*PASS\*/);
  });

  it('shows each entry fix once, even when several findings speak to it', () => {
    const r = reportFromFacts(
      facts((f) => {
        f.clients = ok(
          ['a', 'b', 'c'].map((id) => ({
            id,
            name: id,
            detail: ok({ id, name: id, oauthEnabled: false, hasSecret: false }),
          })),
        );
      }),
      { ref: REF },
    );
    const { blocks } = renderReport(r);
    const heading = `How to fix it (${getEntry('session-expired').text.en.title})`;
    expect(sections(blocks).filter((s) => s.includes(heading))).toHaveLength(1);
  });

  it('stays within Slack limits for a pool with many clients, keeping the tail', () => {
    const many = reportFromFacts(
      facts((f) => {
        f.clients = ok(
          Array.from({ length: 80 }, (_, i) => ({
            id: `c${i}`,
            name: `client-${i}`,
            detail: ok({
              id: `c${i}`,
              name: `client-${i}`,
              oauthEnabled: true,
              allowedOAuthScopes: ['openid'],
              hasSecret: false,
            }),
          })),
        );
      }),
      { ref: REF },
    );
    const tail: KnownBlock[] = [
      {
        type: 'actions',
        elements: [{ type: 'button', text: { type: 'plain_text', text: 'Share' }, action_id: 'share' }],
      },
    ];
    const { blocks } = renderReport(many, { tail });
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const s of sections(blocks)) expect(s.length).toBeLessThanOrEqual(3000);
    expect(blocks.at(-1)).toEqual(tail[0]);
    expect(textOf(blocks)).toMatch(/longer than one Slack message/);
  });

  it('escapes text from AWS so it cannot mention or link', () => {
    const r = reportFromFacts(
      facts((f) => {
        f.clients = ok([
          {
            id: 'x',
            name: '<!channel> <https://evil.example|aws>',
            detail: ok({
              id: 'x',
              name: '<!channel> <https://evil.example|aws>',
              oauthEnabled: true,
              allowedOAuthScopes: [],
              hasSecret: false,
            }),
          },
        ]);
      }),
      { ref: REF },
    );
    const all = textOf(renderReport(r).blocks);
    expect(all).not.toContain('<!channel>');
    expect(all).toContain('&lt;!channel&gt;');
  });

  it('names the diagnosed entry first when it did not fail', () => {
    const r = reportFromFacts(facts(), { ref: REF, focusEntry: 'session-expired' });
    const { blocks } = renderReport(r);
    expect(sections(blocks)[0]).toMatch(/client-auth-session-validity/);
  });

  it('renders Japanese fix steps', () => {
    const { blocks } = renderReport(failing, { lang: 'ja' });
    expect(textOf(blocks)).toContain(getEntry('totp-pool-mfa-first').text.ja.title);
  });
});

describe('JSON', () => {
  it('follows the DESIGN.md contract and adds evidence', () => {
    const body = JSON.parse(renderReportJson(failing())) as Record<string, unknown>;
    expect(Object.keys(body).slice(0, 2)).toEqual(['pool', 'region']);
    const findings = body.findings as Record<string, unknown>[];
    expect(findings[0]).toEqual(
      expect.objectContaining({
        rule: expect.any(String),
        entry: expect.any(String),
        status: 'fail',
        summary: expect.any(String),
      }),
    );
  });
});

function failing() {
  return reportFromFacts(
    facts((f) => {
      f.mfa = ok({ mfaConfiguration: 'OFF', totpEnabled: false });
    }),
    { ref: REF, username: 'hana' },
  );
}

describe('text', () => {
  it('lists failing findings with fixes, then unknown with the action, then passed', () => {
    const r = reportFromFacts(
      facts((f) => {
        f.identityProviders = denied('cognito-idp:ListIdentityProviders');
        f.mfa = ok({ mfaConfiguration: 'OPTIONAL', totpEnabled: false });
      }),
      { ref: REF },
    );
    const out = renderReportText(r);
    const fail = out.indexOf('FAIL    pool-totp-enabled');
    const unknown = out.indexOf('UNKNOWN pool-federated-idps');
    const passed = out.indexOf('Passed (');
    expect(fail).toBeGreaterThan(0);
    expect(unknown).toBeGreaterThan(fail);
    expect(passed).toBeGreaterThan(unknown);
    expect(out).toContain("Grant the bot's role: cognito-idp:ListIdentityProviders");
    expect(out).toContain(getEntry('totp-not-enabled-in-pool').text.en.fixes[0]?.text);
  });
});
