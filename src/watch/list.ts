/** `/mfa-check watch`: the watches, each pool's last round and its fail/warn counts, from the kept state. */
import type { Lang } from '../catalogue/types';
import { type Counts, STATUSES } from '../checks/types';
import type { Watch } from './settings';
import { stateKey, type WatchStore } from './state';
import { WATCH_STRINGS } from './strings';

export async function watchList(watches: readonly Watch[], store: WatchStore, lang: Lang): Promise<string> {
  const s = WATCH_STRINGS[lang];
  if (watches.length === 0) return s.noWatches;
  const lines = await Promise.all(
    watches.map(async (w) => {
      const pool = w.alias ? `${w.alias}:${w.pool}` : w.pool;
      const channel = w.channel ?? '';
      if (w.pool === '*') return s.listAll(pool, channel);
      const state = await store.get(stateKey(w.pool, w.channel));
      if (!state) return s.listLine(pool, channel, undefined, undefined);
      const counts = Object.fromEntries(STATUSES.map((x) => [x, 0])) as Counts;
      for (const f of Object.values(state.findings)) counts[f.status]++;
      const at = `<!date^${Math.floor(Date.parse(state.checkedAt) / 1000)}^{date_short_pretty} {time}|${state.checkedAt}>`;
      return s.listLine(pool, channel, at, counts);
    }),
  );
  return [`*${s.listTitle}*`, ...lines.map((l) => `• ${l}`)].join('\n');
}
