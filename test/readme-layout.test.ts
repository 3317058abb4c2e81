import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const SRC = join(ROOT, 'src');

/** The README's Layout block, src/ part: each top-level name with the words that describe it. */
function layoutOfSrc(): Map<string, string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split('\n## Layout\n')[1];
  if (section === undefined) throw new Error('README.md has no "## Layout" section');
  const block = section.split('```')[1] ?? '';
  const lines = block.split('\n');
  const entries = new Map<string, string>();
  let current: string | undefined;
  for (const line of lines.slice(lines.indexOf('src/') + 1)) {
    if (!line.startsWith(' ')) break; // the next top-level name (test/, bench/ ...) ends src/
    const top = /^ {2}(\S+)\s*(.*)$/.exec(line);
    if (top?.[1]) {
      current = top[1];
      entries.set(current, top[2] ?? '');
    } else if (current) {
      entries.set(current, `${entries.get(current)} ${line.trim()}`);
    }
  }
  return entries;
}

const listing = (dir: string) =>
  readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? `${e.name}/` : e.name));

describe("README's Layout", () => {
  const layout = layoutOfSrc();

  it('names exactly what is at the top of src/', () => {
    expect([...layout.keys()].sort()).toEqual(listing(SRC).sort());
  });

  it.each([...layout.keys()].filter((name) => name.endsWith('/')))(
    'names exactly the folders inside src/%s',
    (folder) => {
      // `listeners/<type>/` names listeners/; `/mfa-check` is a command, not a folder.
      const named = [...(layout.get(folder) ?? '').matchAll(/(?<![/\w<-])([a-z][\w-]*\/)/g)].map((m) => m[1]);
      const folders = listing(join(SRC, folder)).filter((name) => name.endsWith('/'));
      expect([...new Set(named)].sort()).toEqual(folders.sort());
    },
  );
});
