/**
 * The README's paths are claims a reader acts on ("see test/harness/capture.ts"): every backticked path under a
 * folder of the repository must exist. A path with a placeholder (`src/checks/rules/<rule-id>.ts`) must have its
 * folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const FOLDERS = ['src', 'test', 'bench', 'iam', 'scripts'];

/** Backticked words that start with one of the repository's folders, e.g. `src/config.ts` or `test/fixtures/aws/`. */
function readmePaths(markdown: string): string[] {
  const paths = new Set<string>();
  for (const match of markdown.matchAll(/`([^`\s]+)`/g)) {
    const word = match[1] ?? '';
    if (FOLDERS.some((folder) => word.startsWith(`${folder}/`))) paths.add(word);
  }
  return [...paths];
}

/** The part of a path that must exist: all of it, or the folders before its first placeholder. */
function mustExist(path: string): string {
  const placeholder = path.indexOf('<');
  return placeholder < 0 ? path : path.slice(0, path.lastIndexOf('/', placeholder) + 1);
}

describe('README.md', () => {
  const paths = readmePaths(readFileSync(join(ROOT, 'README.md'), 'utf8'));

  it('names paths (enough of them that this test means something)', () => {
    expect(paths.length).toBeGreaterThan(20);
  });

  it('names only paths that exist', () => {
    expect(paths.filter((path) => !existsSync(join(ROOT, mustExist(path))))).toEqual([]);
  });

  it('would catch a path that does not exist, and reads a placeholder as its folder', () => {
    const sample = readmePaths('see `src/diagnose/followup.ts`, `src/checks/rules/<rule-id>.ts` and `npm test`');
    expect(sample).toEqual(['src/diagnose/followup.ts', 'src/checks/rules/<rule-id>.ts']);
    expect(sample.map((path) => existsSync(join(ROOT, mustExist(path))))).toEqual([false, true]);
  });
});
