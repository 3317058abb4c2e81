/**
 * A round's changes for one pool as Slack messages, in one language. The first round is one short baseline; later a
 * change goes to the thread of the message that first reported its finding, the rest to one new message. Each
 * finding that got worse carries its catalogue fix steps, as a check report does. Pure.
 */
import type { KnownBlock } from '@slack/types';
import type { Lang } from '../catalogue/types';
import { context, divider, section } from '../render/blocks/builders';
import type { SlackReply } from '../render/blocks/diagnosis';
import { fitToLimits } from '../render/blocks/limits';
import { findingBlocks, ICON } from '../render/blocks/report';
import { escapeMrkdwn } from '../render/mrkdwn';
import { REPORT_STRINGS } from '../render/report-strings';
import type { Change } from './diff';
import type { PoolOutcome } from './round';
import { WATCH_STRINGS } from './strings';

export interface WatchMessage {
  /** Post in this thread; absent: a new message, whose ts becomes the thread of `keys`. */
  thread?: string;
  /** The findings this message reports. */
  keys: string[];
  reply: SlackReply;
}

type Checked = Extract<PoolOutcome, { ok: true }>;

const label = (c: Change) => `\`${c.rule}\`${c.client ? ` · ${escapeMrkdwn(c.client)}` : ''}`;

function changeBlocks(pool: string, changes: Change[], lang: Lang): { text: string; blocks: KnownBlock[] } {
  const s = WATCH_STRINGS[lang];
  const ui = REPORT_STRINGS[lang];
  const worse = changes.filter((c) => c.worse);
  const better = changes.filter((c) => !c.worse && c.to === 'pass');
  const other = changes.filter((c) => !c.worse && c.to !== 'pass');
  const moved = (c: Change) => `${label(c)} ${s.moved(s.status[c.from], s.status[c.to])}`;
  const blocks: KnownBlock[] = [];
  const fixed = new Set<string>();
  const first = worse.length ? s.worse(pool) : better.length ? `\`${pool}\`: ${s.recovered}` : `\`${pool}\``;
  blocks.push(section(`*${first}*`));
  for (const c of worse) {
    blocks.push(divider());
    if (c.finding) blocks.push(...findingBlocks(c.finding, lang, ui, fixed));
    blocks.push(context(moved(c)));
  }
  if (better.length) blocks.push(section(`${ICON.pass} *${s.recovered}:* ${better.map(moved).join(', ')}`));
  if (other.length) blocks.push(context(`*${s.otherChanges}:* ${other.map(moved).join(', ')}`));
  return { text: first.replace(/[`*]/g, ''), blocks };
}

export function watchMessages(outcome: Checked, lang: Lang): WatchMessage[] {
  const pool = outcome.report.pool;
  const s = WATCH_STRINGS[lang];
  const ui = REPORT_STRINGS[lang];
  if (outcome.diff.baseline) {
    const line = s.baseline(pool, outcome.report.counts);
    const blocks: KnownBlock[] = [section(line)];
    const fixed = new Set<string>();
    for (const f of outcome.report.findings.filter((x) => x.status === 'fail' || x.status === 'warn'))
      blocks.push(divider(), ...findingBlocks(f, lang, ui, fixed));
    return [
      {
        keys: Object.keys(outcome.diff.findings),
        reply: { text: line.replace(/`/g, ''), blocks: fitToLimits(blocks, [], ui.trimmed) },
      },
    ];
  }
  const groups = new Map<string | undefined, Change[]>();
  for (const c of outcome.diff.changes) groups.set(c.thread, [...(groups.get(c.thread) ?? []), c]);
  return [...groups].map(([thread, changes]) => {
    const { text, blocks } = changeBlocks(pool, changes, lang);
    return {
      ...(thread ? { thread } : {}),
      keys: changes.map((c) => c.key),
      reply: { text, blocks: fitToLimits(blocks, [], ui.trimmed) },
    };
  });
}
