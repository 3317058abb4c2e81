/**
 * `npm start`: the mode comes from the environment. SLACK_APP_TOKEN -> Socket Mode; else SLACK_SIGNING_SECRET ->
 * HTTP on PORT (POST /slack/events); neither -> the local console.
 */
import { CONFIG_ERROR_LABEL, type Config, ConfigError, loadConfig, localeLang } from '../config';
import { runConsole } from '../console';
import { EVENTS_PATH, startHttp } from './http';
import { startSocket } from './socket';
import { START_STRINGS } from './start-strings';
import { stopOnSignals } from './stop-signals';
import { logUnhandledRejections } from './unhandled-rejections';

/** MFA_WATCH in a long-running process: the rounds on a timer (watch/timer.ts), loaded only when a pool is watched. */
async function startWatch(config: Config, logger: { warn(message: string): void }) {
  if (config.watch.watches.length === 0) return undefined;
  const [{ startWatchTimer }, { processWatchStore, runWatchRound }] = await Promise.all([
    import('../watch/timer'),
    import('../watch/run'),
  ]);
  const store = await processWatchStore(config);
  return startWatchTimer(
    () => runWatchRound(config, undefined, { logger, store }),
    config.watch.intervalMinutes,
    logger,
  );
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const lang = localeLang();
  const strings = START_STRINGS[lang];
  if (config.logLevel === 'debug' && config.mode !== 'console') {
    // Bolt and the Slack SDK log whole payloads at debug level, pasted secrets included; our redaction cannot reach them.
    console.error(strings.debugWarning);
  }
  if (config.mode === 'console') {
    await runConsole({ input: process.stdin, output: process.stdout, config, lang });
    return;
  }
  const { app, stop: stopSlack } = config.mode === 'socket' ? await startSocket(config) : await startHttp(config);
  const watch = await startWatch(config, app.logger);
  const stop = async () => {
    await watch?.stop();
    await stopSlack();
  };
  // A long-running process serves many conversations: a stray rejection is logged, not fatal, and a stop request
  // lets running checks finish (or tells their requesters) before it exits.
  logUnhandledRejections(app.logger);
  stopOnSignals(stop, app.logger);
  console.log(config.mode === 'socket' ? strings.socket : strings.http(config.port, EVENTS_PATH));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    // The English line is the log's (stderr is what a container keeps); a Japanese locale also reads it in Japanese.
    console.error(`${CONFIG_ERROR_LABEL.en}: ${error.message}`);
    const lang = localeLang();
    if (lang !== 'en') console.error(`${CONFIG_ERROR_LABEL[lang]}: ${error.localized[lang]}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
