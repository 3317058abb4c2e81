/**
 * `npm start`: the mode comes from the environment. SLACK_APP_TOKEN -> Socket Mode; else SLACK_SIGNING_SECRET ->
 * HTTP on PORT (POST /slack/events); neither -> the local console.
 */
import { ConfigError, loadConfig } from '../config';
import { startConsole } from './console';
import { EVENTS_PATH, startHttp } from './http';
import { startSocket } from './socket';
import { logUnhandledRejections } from './unhandled-rejections';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (config.logLevel === 'debug' && config.mode !== 'console') {
    // Bolt and the Slack SDK log whole payloads at debug level, pasted secrets included; our redaction cannot reach them.
    console.error('LOG_LEVEL=debug logs raw Slack payloads, including what people paste: do not use it in production.');
  }
  if (config.mode === 'socket') {
    const app = await startSocket(config);
    logUnhandledRejections(app.logger);
    console.log('Cognito MFA bot is connected to Slack in Socket Mode.');
  } else if (config.mode === 'http') {
    const { app } = await startHttp(config);
    logUnhandledRejections(app.logger);
    console.log(`Cognito MFA bot is listening on port ${config.port}: POST ${EVENTS_PATH}`);
  } else {
    await startConsole(config);
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
