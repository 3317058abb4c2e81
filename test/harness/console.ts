import { PassThrough } from 'node:stream';
import type { Lang } from '../../src/catalogue/types';
import type { Config } from '../../src/config';
import { runConsole } from '../../src/console';

/** Runs the local console on `lines` as piped (non-TTY) input and returns everything it printed. */
export async function converse(lines: string[], config?: Config, lang?: Lang): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const done = runConsole({ input, output, config, lang });
  input.end(`${lines.join('\n')}\n`);
  await done;
  return printed;
}
