/**
 * recheck's verdicts, remembered between runs: a pattern's verdict depends only on the pattern, its flags, the
 * parameters and recheck's version, and the analysis costs up to seconds a pattern, so only new or changed patterns
 * are analysed again. Only `safe` is remembered; anything else is analysed on every run. `npm ci` starts afresh.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type Diagnostics, type Parameters } from 'recheck';
import { version } from 'recheck/package.json';

const DIR = join(__dirname, '..', 'node_modules', '.cache', 'redos-gate');
const FILE = join(DIR, 'safe.json');

function key(source: string, flags: string, params: Parameters): string {
  return createHash('sha256')
    .update(JSON.stringify([version, params, source, flags]))
    .digest('hex');
}

function load(): Record<string, Diagnostics> {
  try {
    return JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, Diagnostics>;
  } catch {
    return {};
  }
}

/** Checks every pattern, each distinct one once (concurrently: recheck's native agent runs checks in parallel). */
export async function checkAll(
  patterns: readonly { source: string; flags: string }[],
  params: Parameters,
): Promise<Diagnostics[]> {
  const known = load();
  const verdicts = new Map<string, Promise<Diagnostics>>();
  for (const { source, flags } of patterns) {
    const id = key(source, flags, params);
    if (!verdicts.has(id)) verdicts.set(id, Promise.resolve(known[id] ?? check(source, flags, params)));
  }
  const settled = new Map(await Promise.all([...verdicts].map(async ([id, d]) => [id, await d] as const)));
  const fresh = [...settled].filter(([id, d]) => d.status === 'safe' && !(id in known));
  if (fresh.length > 0) {
    for (const [id, d] of fresh) known[id] = d;
    mkdirSync(DIR, { recursive: true });
    // Another run may write at the same time: each writes whole files and renames, so a reader never sees half of one.
    const temporary = `${FILE}.${process.pid}`;
    writeFileSync(temporary, JSON.stringify(known));
    renameSync(temporary, FILE);
  }
  return patterns.map(({ source, flags }) => settled.get(key(source, flags, params)) as Diagnostics);
}
