/** Runs the CLI in-process through `main()` with fake streams. */
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/main/cli';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** `stdin` undefined means an interactive terminal with nothing piped in. */
export async function runCli(argv: string[], stdin?: string | Buffer): Promise<CliRun> {
  const out = collect();
  const err = collect();
  const input =
    stdin === undefined ? Object.assign(Readable.from([]), { isTTY: true }) : Readable.from([Buffer.from(stdin)]);
  const code = await main(argv, { stdin: input, stdout: out.stream, stderr: err.stream });
  return { code, stdout: out.text(), stderr: err.text() };
}
