/**
 * Wall time of a whole /mfa-check with every AWS reply delayed by 100 ms (nock), against the number of sequential
 * round trips on its critical path, measured from the call trace. Parallel reads keep the check near
 * (round trips x 100 ms), not (calls x 100 ms).
 */
import nock from 'nock';
import type { CallRecord } from '../src/checks/aws/call';
import { parsePoolRef } from '../src/checks/pool-ref';
import { runCheck } from '../src/checks/run';
import {
  accessDenied,
  encodedPolicy,
  POOL_ID,
  type Reply,
  reply,
  STATIC_CREDENTIALS,
  serve,
} from '../test/harness/aws-wire';
import { row } from './stats';

const DELAY_MS = 100;
const RUNS = 5;
const MANAGED = 'arn:aws:iam::123456789012:policy/service-role/CognitoSmsPublish';

const SCENARIOS: [string, Record<string, Reply>, string[]][] = [
  ['healthy pool + user', {}, [POOL_ID]],
  ['healthy pool through an account alias (STS AssumeRole first)', {}, ['prod', POOL_ID]],
  [
    'simulator denied: role documents read',
    {
      'iam:SimulatePrincipalPolicy': accessDenied('iam:SimulatePrincipalPolicy'),
      'iam:ListAttachedRolePolicies': reply.xml('iam', 'ListAttachedRolePolicies', {
        members: `<member><PolicyName>CognitoSmsPublish</PolicyName><PolicyArn>${MANAGED}</PolicyArn></member>`,
      }),
      'iam:GetPolicy': reply.xml('iam', 'GetPolicy', { policyName: 'CognitoSmsPublish', policyArn: MANAGED }),
      'iam:GetPolicyVersion': reply.xml('iam', 'GetPolicyVersion', { document: encodedPolicy('sns-publish.json') }),
    },
    [POOL_ID],
  ],
  [
    'every IAM call denied',
    Object.fromEntries(
      ['GetRole', 'SimulatePrincipalPolicy', 'ListRolePolicies', 'ListAttachedRolePolicies'].map((op) => [
        `iam:${op}`,
        accessDenied(`iam:${op}`),
      ]),
    ),
    [POOL_ID],
  ],
];
const ALIASES = [{ alias: 'prod', roleArn: 'arn:aws:iam::210987654321:role/MfaCheckReadOnly' }];

/** The longest chain of calls each starting after the previous one ended. */
export function roundTrips(trace: CallRecord[]): number {
  const calls = [...trace].sort((a, b) => a.start - b.start);
  const depth: number[] = [];
  calls.forEach((c, i) => {
    let best = 0;
    for (let j = 0; j < i; j++) if ((calls[j] as CallRecord).end <= c.start) best = Math.max(best, depth[j] as number);
    depth[i] = best + 1;
  });
  return Math.max(0, ...depth);
}

export async function run(): Promise<void> {
  nock.disableNetConnect();
  console.log(`\nEvery AWS reply delayed ${DELAY_MS} ms; median of ${RUNS} runs.\n`);
  console.log(row(['scenario', 'AWS calls', 'round trips on the critical path', 'wall ms', 'wall / delay']));
  console.log(row(['---', '---', '---', '---', '---']));
  for (const [name, overrides, words] of SCENARIOS) {
    const parsed = parsePoolRef(words, ALIASES);
    if (!parsed.ok) throw new Error(parsed.message.en);
    const walls: number[] = [];
    let calls = 0;
    let trips = 0;
    for (let i = 0; i < RUNS; i++) {
      nock.cleanAll();
      serve(overrides, { delayMs: DELAY_MS });
      const trace: CallRecord[] = [];
      const start = process.hrtime.bigint();
      const result = await runCheck({
        ref: parsed.ref,
        username: 'hana',
        clientOptions: { credentials: STATIC_CREDENTIALS, maxAttempts: 1 },
        trace,
      });
      walls.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (!result.ok) throw new Error(result.message.en);
      calls = trace.length;
      trips = roundTrips(trace);
    }
    walls.sort((a, b) => a - b);
    const wall = walls[Math.floor(walls.length / 2)] as number;
    console.log(row([name, String(calls), String(trips), wall, wall / DELAY_MS]));
  }
  nock.cleanAll();
  nock.enableNetConnect();
}
