/**
 * `npm start`: the mode comes from the environment. SLACK_APP_TOKEN -> Socket Mode; else SLACK_SIGNING_SECRET ->
 * HTTP on PORT (POST /slack/events); neither -> the local console.
 */
import { type Config, ConfigError, loadConfig } from '../config';
import { runConsole } from '../console';
import { EVENTS_PATH, startHttp } from './http';
import { startSocket } from './socket';
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
  if (config.logLevel === 'debug' && config.mode !== 'console') {
    // Bolt and the Slack SDK log whole payloads at debug level, pasted secrets included; our redaction cannot reach them.
    console.error('LOG_LEVEL=debug logs raw Slack payloads, including what people paste: do not use it in production.');
  }
  if (config.mode === 'console') {
    await runConsole({ input: process.stdin, output: process.stdout, config });
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
  console.log(
    config.mode === 'socket'
      ? 'Cognito MFA bot is connected to Slack in Socket Mode.'
      : `Cognito MFA bot is listening on port ${config.port}: POST ${EVENTS_PATH}`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
