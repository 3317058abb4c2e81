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

/** Checks every pattern (concurrently: recheck's native agent runs checks in parallel). */
export async function checkAll(
  patterns: readonly { source: string; flags: string }[],
  params: Parameters,
): Promise<Diagnostics[]> {
  const known = load();
  const results = await Promise.all(
    patterns.map(async ({ source, flags }) => {
      const id = key(source, flags, params);
      const diagnostics = known[id] ?? (await check(source, flags, params));
      return { id, diagnostics };
    }),
  );
  const fresh = results.filter((r) => r.diagnostics.status === 'safe' && !(r.id in known));
  if (fresh.length > 0) {
    for (const r of fresh) known[r.id] = r.diagnostics;
    mkdirSync(DIR, { recursive: true });
    // Another run may write at the same time: each writes whole files and renames, so a reader never sees half of one.
    const temporary = `${FILE}.${process.pid}`;
    writeFileSync(temporary, JSON.stringify(known));
    renameSync(temporary, FILE);
  }
  return results.map((r) => r.diagnostics);
}
