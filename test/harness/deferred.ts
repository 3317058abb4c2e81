import { WebClient } from '@slack/web-api';
import { type CheckJob, type JobDeps, OPEN_CHECK_SETTINGS } from '../../src/slack/deferred';
import { type RecordingLogger, recordingLogger } from './logger';

/** Static test credentials so the SDK signs requests without looking anywhere else (no IMDS, no profile). */
export function useFakeAwsCredentials(region = 'us-east-1'): void {
  const saved: Record<string, string | undefined> = {};
  const values: Record<string, string> = {
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_REGION: region,
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  beforeAll(() => {
    for (const [key, value] of Object.entries(values)) {
      saved[key] = process.env[key];
      process.env[key] = value;
    }
  });
  afterAll(() => {
    for (const key of Object.keys(values)) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });
}

export function jobDeps(logger = recordingLogger()): JobDeps & { logger: RecordingLogger } {
  return {
    client: new WebClient('xoxb-test', { retryConfig: { retries: 0 } }),
    logger,
    check: OPEN_CHECK_SETTINGS,
  };
}

export const RESPONSE_URL = 'https://hooks.slack.com/commands/T0TEAM/1234/abcdef';

export function checkJob(overrides: Partial<CheckJob> = {}): CheckJob {
  return {
    kind: 'check',
    id: 'job-1',
    args: { pool: 'us-east-1_AbC123def' },
    reply: { responseUrl: RESPONSE_URL },
    requestedBy: { user: 'U0PERSON', channel: 'C0CHAN', team: 'T0TEAM' },
    ...overrides,
  };
}
