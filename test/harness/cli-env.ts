/**
 * The process environment a CLI, check or watch test runs in: static AWS keys, no profile, no instance metadata, and
 * none of the bot's own variables from the developer's shell.
 */
import { join } from 'node:path';
import { STATIC_CREDENTIALS } from './aws-wire';

const KEYS = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_MAX_ATTEMPTS',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_EC2_METADATA_DISABLED',
  'MFA_CHECK_ACCOUNTS',
  'MFA_WATCH',
  'MFA_WATCH_REGIONS',
  'MFA_WATCH_STATE_FILE',
  'MFA_WATCH_LANG',
  'SLACK_BOT_TOKEN',
  'SLACK_API_URL',
  'IDEMPOTENCY_TABLE',
  'MFA_WATCH_TABLE',
];

/** Sets the environment before each test of the file and restores it after. */
export function cliEnvironment(): void {
  const saved: Record<string, string | undefined> = {};
  const nowhere = join(__dirname, 'no-such-aws-config');
  beforeEach(() => {
    for (const k of KEYS) {
      saved[k] = process.env[k];
      delete process.env[k];
    }
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: STATIC_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: STATIC_CREDENTIALS.secretAccessKey,
      AWS_MAX_ATTEMPTS: '1',
      AWS_CONFIG_FILE: nowhere,
      AWS_SHARED_CREDENTIALS_FILE: nowhere,
      AWS_EC2_METADATA_DISABLED: 'true',
    });
  });
  afterEach(() => {
    for (const k of KEYS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });
}
