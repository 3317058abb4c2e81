import { PassThrough } from 'node:stream';
import type { Lang } from '../../src/catalogue/types';
import type { Config } from '../../src/config';
import { runConsole } from '../../src/console';

/**
 * Runs the local console on `lines` as piped (non-TTY) input and returns everything it printed. A test that must
 * know when the console has read all of it passes its own `input` and waits for that stream's end.
 */
export async function converse(
  lines: string[],
  config?: Config,
  lang?: Lang,
  input = new PassThrough(),
): Promise<string> {
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
