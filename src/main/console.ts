import type { Config } from '../config';
import { runConsole } from './console/index';

/** The local console on this process's terminal (or piped stdin). */
export async function startConsole(config: Config): Promise<void> {
  await runConsole({ input: process.stdin, output: process.stdout, config });
}
