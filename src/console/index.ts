import { createInterface } from 'node:readline';
import type { Lang } from '../catalogue/types';
import { type Config, loadConfig } from '../config';
import { appFromConfig } from '../slack/app-from-config';
import { createInProcessDeferrer } from '../slack/deferred';
import { jobRunners } from '../slack/deferred/jobs';
import { startLocalSlackApi } from './local-slack-api';
import { ConsoleReceiver } from './receiver';
import { ConsoleSession } from './session';
import { CONSOLE_STRINGS } from './strings';
import { BOT_ID, BOT_USER_ID } from './synthetic';

export interface ConsoleOptions {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
  /** The settings the bot runs with in Slack (allowed channels, /mfa-check, the thread cache); default: none set. */
  config?: Config;
  /** The language of the console's own words, and the locale your stand-in Slack user has; default en. */
  lang?: Lang;
}

/** Lines of a paste arrive within milliseconds of each other; a pause this long ends the paste. */
const PASTE_PAUSE_MS = 300;

const COMMAND = /^(help|exit|quit|home|\/\S.*|>.*|!\d+)$/;

/**
 * The bot as the console runs it: its own bot ids and token, the local Web API, claims in memory (one process, no
 * instance to share them with), and Bolt's log (to stderr) quiet unless LOG_LEVEL=debug. Everything else is the
 * configuration, as in Slack.
 */
function consoleConfig(config: Config, apiUrl: string): Config {
  return {
    ...config,
    logLevel: config.logLevel === 'debug' ? 'debug' : 'error',
    slack: { botToken: 'xoxb-local-console', botId: BOT_ID, botUserId: BOT_USER_ID, apiUrl },
    idempotencyTable: undefined,
  };
}

/**
 * The local console: a terminal chat with the bot through its real Bolt listeners. A receiver hands synthetic
 * requests to the app; the Web API points at a local server that prints what the bot sends. Works with piped input.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const print = (text: string) => options.output.write(`${text}\n`);
  const lang = options.lang ?? 'en';
  const strings = CONSOLE_STRINGS[lang];
  const receiver = new ConsoleReceiver();
  let session: ConsoleSession | undefined;
  const api = await startLocalSlackApi((call) => session?.onApiCall(call));
  session = new ConsoleSession(print, (body) => receiver.dispatch(body), api.responseUrl, lang);
  // Kept here so leaving the console waits for a check still running instead of cutting its report off.
  const deferrer = createInProcessDeferrer(jobRunners);
  await appFromConfig(consoleConfig(options.config ?? loadConfig({}), api.apiUrl), {
    receiver,
    deferrer,
    clientOptions: { retryConfig: { retries: 0 } },
    recordFeedback: (record) => print(strings.feedbackLogged(JSON.stringify(record))),
  });

  const interactive = options.input.isTTY === true;
  print(strings.banner(strings.help));
  const lines = createInterface({ input: options.input, terminal: interactive, prompt: strings.prompt });
  const prompt = () => {
    if (interactive && !exiting) lines.prompt();
  };

  let queue = Promise.resolve();
  let exiting = false;
  let paste: string[] = [];
  let pauseTimer: NodeJS.Timeout | undefined;

  const submit = (text: string) => {
    queue = queue
      .then(async () => {
        if (exiting) return;
        if ((await session?.handle(text)) === 'exit') {
          exiting = true;
          lines.close();
        }
      })
      .catch((error: unknown) => print(strings.consoleError(error instanceof Error ? error.message : String(error))))
      .then(prompt);
  };
  const endPaste = () => {
    clearTimeout(pauseTimer);
    if (paste.length > 0) submit(paste.join('\n'));
    paste = [];
  };

  lines.on('line', (line) => {
    if (paste.length === 0) {
      if (line.trim() === '') return;
      if (COMMAND.test(line.trim())) {
        submit(line);
        return;
      }
    } else if (line.trim() === '') {
      endPaste();
      return;
    }
    paste.push(line);
    clearTimeout(pauseTimer);
    pauseTimer = setTimeout(endPaste, PASTE_PAUSE_MS);
  });
  prompt();

  await new Promise<void>((resolve) => lines.once('close', resolve));
  endPaste();
  await queue;
  await deferrer.idle();
  await api.close();
  print(strings.bye);
}
