import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

it('importing the checks, their renderings and the Lambda handler (with the watch) loads no AWS SDK package (they load when a check runs)', () => {
  const script = `
    require('./src/checks');
    require('./src/render/blocks/report');
    require('./src/main/lambda');
    const before = Object.keys(require.cache).filter((k) => k.includes('@aws-sdk')).length;
    require('./src/checks/aws/clients').createClients({ region: 'eu-west-1' }).then(() => {
      const after = Object.keys(require.cache).filter((k) => k.includes('@aws-sdk')).length;
      console.log(JSON.stringify({ before, after }));
    });`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], {
    cwd: join(__dirname, '..', '..'),
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
    encoding: 'utf8',
  });
  const { before, after } = JSON.parse(out.trim().split('\n').pop() as string) as { before: number; after: number };
  expect(before).toBe(0);
  expect(after).toBeGreaterThan(0);
}, 20_000);
