#!/usr/bin/env node
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
/**
 * `npm run bundle`: src/main/lambda.ts -> dist/lambda/index.js, one CommonJS file exporting `handler`, the only
 * file serverless.yml deploys. The AWS SDK clients are inside it (pinned by our lockfile, not the runtime's copy),
 * but the code imports them with `import()`, which esbuild turns into a lazily evaluated `require`: the SDK is
 * parsed with the file yet only run when a check, a secret read or a hand-over needs it.
 */
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Options shared with bench/coldstart.bench.ts, which bundles a bare Bolt app the same way as the yardstick. */
export const lambdaBuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  minify: true,
  // Bolt and the SDK report errors by class name (error.name checks); minifying names would break them.
  keepNames: true,
  sourcemap: 'external',
  legalComments: 'none',
  // The SDK ships both; the CommonJS build bundles into lazily evaluated wrappers.
  mainFields: ['main', 'module'],
  logLevel: 'warning',
};

export async function bundleLambda(outfile = join(root, 'dist/lambda/index.js')) {
  await build({ ...lambdaBuildOptions, entryPoints: [join(root, 'src/main/lambda.ts')], outfile });
  return (await stat(outfile)).size;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = await bundleLambda();
  console.log(`dist/lambda/index.js: ${(size / 1024).toFixed(0)} KiB`);
}
