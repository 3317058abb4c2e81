import { PassThrough } from 'node:stream';
import type { Config } from '../../src/config';
import { runConsole } from '../../src/console';

/** Runs the local console on `lines` as piped (non-TTY) input and returns everything it printed. */
export async function converse(lines: string[], config?: Config): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const done = runConsole({ input, output, config });
  input.end(`${lines.join('\n')}\n`);
  await done;
  return printed;
}
