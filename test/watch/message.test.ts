/** The watch's Slack messages in both languages, from a real report of the rules over fact objects. */
import { parsePoolRef } from '../../src/checks/pool-ref';
import { reportFromFacts } from '../../src/checks/run';
import { diffFindings } from '../../src/watch/diff';
import { watchMessages } from '../../src/watch/message';
import type { PoolOutcome } from '../../src/watch/round';
import { facts, ok } from '../harness/facts';

const ref = (() => {
  const r = parsePoolRef(['eu-west-1_AbCdEfGhI'], []);
  if (!r.ok) throw new Error('bad pool');
  return r.ref;
})();

function outcome(
  before: ReturnType<typeof diffFindings> | undefined,
  spend: number,
): Extract<PoolOutcome, { ok: true }> {
  const report = reportFromFacts(
    facts((f) => {
      if (f.sns) f.sns.spend = ok(spend);
    }),
    { ref },
  );
  const diff = diffFindings(
    before && { checkedAt: '2026-12-01T00:00:00.000Z', findings: before.findings },
    report.findings,
  );
  return {
    ok: true,
    target: { ref, channel: 'C0WATCH01' },
    report,
    diff,
    state: { checkedAt: '', findings: diff.findings },
  };
}

it('a baseline is one message with the counts, in English or Japanese', () => {
  const first = outcome(undefined, 12.5);
  const { fail, warn } = first.report.counts;
  const [en] = watchMessages(first, 'en');
  expect(en?.reply.text).toBe(`Watching eu-west-1_AbCdEfGhI: ${fail} fail, ${warn} warn`);
  expect(en?.thread).toBeUndefined();
  expect(en?.keys).toContain('sns-sms-monthly-spend');
  const [ja] = watchMessages(first, 'ja');
  expect(ja?.reply.text).toBe(`eu-west-1_AbCdEfGhI の監視を始めました: ${fail} 失敗、${warn} 注意`);
});

it('a finding that got worse carries its fix steps, in the thread of its first report, in Japanese too', () => {
  const first = outcome(undefined, 12.5);
  for (const k of Object.values(first.diff.findings)) k.thread = '1764547200.000100';
  const later = outcome(first.diff, 50);
  expect(later.diff.changes.map((c) => [c.rule, c.from, c.to])).toEqual([['sns-sms-monthly-spend', 'pass', 'fail']]);
  const [en] = watchMessages(later, 'en');
  expect(en).toMatchObject({ thread: '1764547200.000100', keys: ['sns-sms-monthly-spend'] });
  expect(en?.reply.text).toBe('eu-west-1_AbCdEfGhI got worse');
  const blocks = JSON.stringify(en?.reply.blocks);
  expect(blocks).toContain('How to fix it (Finish the first-time SMS setup before using SMS MFA)');
  expect(blocks).toContain('pass → fail');
  const ja = JSON.stringify(watchMessages(later, 'ja')[0]?.reply.blocks);
  expect(ja).toContain('解決方法 (SMS MFA を使う前に SMS の初回設定を完了する)');
  expect(ja).toContain('合格 → 失敗');
  expect(ja).toContain('今月の SMS 使用上限に達しました');
});

it('a recovery is said as such', () => {
  const bad = outcome(undefined, 50);
  const good = outcome(bad.diff, 1);
  const [en] = watchMessages(good, 'en');
  expect(en?.reply.text).toBe('eu-west-1_AbCdEfGhI: Recovered');
  expect(JSON.stringify(en?.reply.blocks)).toContain('`sns-sms-monthly-spend` fail → pass');
});
