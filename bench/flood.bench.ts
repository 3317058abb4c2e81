/**
 * `npm run bench flood`: /mfa-check sent as fast as a script can, through the real receiver and the in-process
 * deferrer, with every AWS read answered by nock. Counts what reached AWS: Cognito's read quotas are shared with
 * the team's production sign-ins, so a flood of checks must not turn into a flood of reads.
 */
import nock from 'nock';
import { POOL_ID, serve } from '../test/harness/aws-wire';
import { inProcessBot } from '../test/harness/bots';
import { fixture, SlackApiRecorder } from '../test/harness/slack';
import { row } from './stats';

const COMMANDS = 200;

const SCENARIOS: [name: string, user: (i: number) => string][] = [
  ['one user', () => 'U0ALICE001'],
  ['200 users, one each', (i) => `U0USER${String(i).padStart(4, '0')}`],
];

export async function run(): Promise<void> {
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_REGION: 'eu-west-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
  nock.disableNetConnect();
  // The audit lines of 400 checks would bury the table.
  const write = process.stdout.write.bind(process.stdout);
  let audited = 0;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    if (String(chunk).startsWith('{"event":"mfa_check"')) {
      audited += 1;
      return true;
    }
    return write(chunk, ...rest);
  }) as typeof process.stdout.write;

  console.log(`\n${COMMANDS} \`/mfa-check ${POOL_ID} alice\` sent at once, default settings.\n`);
  console.log(row(['who', 'all acked in ms', 'checks started', 'refused', 'AWS calls', 'AdminGetUser', 'audit lines']));
  console.log(row(['---', '---', '---', '---', '---', '---', '---']));
  for (const [name, user] of SCENARIOS) {
    nock.cleanAll();
    audited = 0;
    const aws = serve();
    new SlackApiRecorder();
    const { send, idle } = inProcessBot();
    const acks: Promise<{ ack: { text: string } }>[] = [];
    const start = Date.now();
    for (let i = 0; i < COMMANDS; i++) {
      const body = {
        ...fixture('slash-command'),
        command: '/mfa-check',
        text: `${POOL_ID} alice`,
        user_id: user(i),
        // Each command is its own: a repeated trigger_id is a replay, refused before the rate limit sees it.
        trigger_id: `${1000 + i}.2222.flood${i}`,
      };
      acks.push(send(body));
    }
    const texts = (await Promise.all(acks)).map(({ ack }) => ack.text);
    const ackedMs = Date.now() - start;
    await idle();
    const started = texts.filter((t) => t.startsWith('Checking')).length;
    const users = aws.calls.filter((c) => c === 'cognito-idp:AdminGetUser').length;
    console.log(
      row([
        name,
        String(ackedMs),
        String(started),
        String(COMMANDS - started),
        String(aws.calls.length),
        String(users),
        String(audited),
      ]),
    );
  }
  process.stdout.write = write;
  nock.cleanAll();
  nock.enableNetConnect();
}
