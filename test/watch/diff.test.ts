import { asIs } from '../../src/checks/localized';
import type { Finding, Status } from '../../src/checks/types';
import { diffFindings, isWorse, type PoolState } from '../../src/watch/diff';

const f = (rule: string, status: Status, extra: Partial<Finding> = {}): Finding => ({
  rule,
  entry: `${rule}-entry`,
  status,
  summary: asIs(`${rule} is ${status}`),
  evidence: [],
  ...extra,
});

function state(findings: Finding[]): PoolState {
  return { checkedAt: '2026-12-01T00:00:00.000Z', findings: diffFindings(undefined, findings).findings };
}

describe('what counts as worse', () => {
  it.each([
    ['pass', 'fail', true],
    ['warn', 'fail', true],
    ['unknown', 'fail', true],
    ['none', 'fail', true],
    ['pass', 'warn', true],
    ['none', 'warn', true],
    ['unknown', 'warn', false],
    ['fail', 'warn', false],
    ['pass', 'unknown', false],
    ['fail', 'pass', false],
    ['none', 'pass', false],
  ] as const)('%s -> %s: %s', (from, to, worse) => {
    expect(isWorse(from, to)).toBe(worse);
  });
});

describe('diffFindings', () => {
  it('a first round reports every finding from none, passes included', () => {
    const d = diffFindings(undefined, [f('a', 'pass'), f('b', 'warn')]);
    expect(d.baseline).toBe(true);
    expect(d.changes.map((c) => [c.rule, c.from, c.to, c.worse])).toEqual([
      ['a', 'none', 'pass', false],
      ['b', 'none', 'warn', true],
    ]);
  });

  it('reports nothing when nothing changed, and keys app-client findings by client', () => {
    const now = [
      f('a', 'pass'),
      f('c', 'warn', { client: { id: 'web1' } }),
      f('c', 'pass', { client: { id: 'srv2' } }),
    ];
    const d = diffFindings(state(now), now);
    expect(d.changes).toEqual([]);
    expect(Object.keys(d.findings)).toEqual(['a', 'c#web1', 'c#srv2']);
  });

  it('a transient unknown waits one round, a second one in a row is a change', () => {
    const before = state([f('a', 'pass')]);
    const throttled = [f('a', 'unknown', { transient: true })];
    const first = diffFindings(before, throttled);
    expect(first.changes).toEqual([]);
    const second = diffFindings({ ...before, findings: first.findings }, throttled);
    expect(second.changes.map((c) => [c.from, c.to, c.worse])).toEqual([['pass', 'unknown', false]]);
  });

  it('a throttle that clears before the next round leaves no trace', () => {
    const before = state([f('a', 'fail')]);
    const mid = diffFindings(before, [f('a', 'unknown', { transient: true })]);
    const after = diffFindings({ ...before, findings: mid.findings }, [f('a', 'fail')]);
    expect([mid.changes, after.changes]).toEqual([[], []]);
    expect(after.findings.a?.pendingUnknown).toBeUndefined();
  });

  it('an unknown from a denied read is a change at once, never worse', () => {
    const d = diffFindings(state([f('a', 'warn')]), [f('a', 'unknown', { missingActions: ['iam:GetRole'] })]);
    expect(d.changes.map((c) => [c.from, c.to, c.worse])).toEqual([['warn', 'unknown', false]]);
  });

  it('keeps the thread of the message that first reported a finding, and says when a finding is gone', () => {
    const before = state([f('a', 'warn'), f('b', 'pass')]);
    (before.findings.a as { thread?: string }).thread = '1764547200.000100';
    const d = diffFindings(before, [f('a', 'fail')]);
    expect(d.changes).toEqual([
      expect.objectContaining({ rule: 'a', from: 'warn', to: 'fail', worse: true, thread: '1764547200.000100' }),
      expect.objectContaining({ rule: 'b', from: 'pass', to: 'none', worse: false }),
    ]);
    expect(d.findings.a?.thread).toBe('1764547200.000100');
  });
});
