#!/usr/bin/env node
/**
 * `npm run bundle`: src/main/lambda/index.ts -> dist/lambda/index.js (CommonJS, exports `handler`), the code
 * serverless.yml deploys, with every dependency inside except the AWS SDK clients, which go to a second file next
 * to it, dist/lambda/aws-sdk.js, pinned by our lockfile rather than the runtime's copy.
 *
 * Why two files: `import()` of a bundled package only defers its evaluation; V8 still parses all of its code when
 * the file loads. The SDK clients are about 1.3 MB of the bundle and cost every cold start tens of milliseconds of
 * parsing (bench/coldstart.bench.ts measured it), although most invocations never call AWS. Out of index.js they
 * load on the first SDK call (a secret read, a hand-over, a claim, a check), and each client only when used.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SDK_FILE = 'aws-sdk.js';
const SDK_CLIENT = /^@aws-sdk\/client-[a-z0-9-]+$/;

/** Options shared with bench/coldstart.bench.ts, which bundles a bare Bolt app the same way as the yardstick. */
export const lambdaBuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  minify: true,
  // Bolt and the SDK tell errors apart by class name (error.name); minified names would break that.
  keepNames: true,
  sourcemap: 'external',
  legalComments: 'none',
  logLevel: 'warning',
};

/** The SDK clients the app depends on (package.json), each exposed by a lazy getter so only used ones evaluate. */
function sdkClients() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return Object.keys(pkg.dependencies).filter((name) => SDK_CLIENT.test(name));
}

/** In index.js, `import('@aws-sdk/client-x')` becomes a lazy `require('./aws-sdk.js')['@aws-sdk/client-x']`. */
const sdkOutside = (clients) => ({
  name: 'aws-sdk-outside',
  setup(b) {
    b.onResolve({ filter: SDK_CLIENT }, (args) => {
      if (!clients.includes(args.path)) throw new Error(`${args.path} is not a dependency in package.json`);
      return { path: args.path, namespace: 'aws-sdk' };
    });
    b.onLoad({ filter: /.*/, namespace: 'aws-sdk' }, (args) => ({
      contents: `module.exports = require('./${SDK_FILE}')[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
    b.onResolve({ filter: new RegExp(`^\\./${SDK_FILE.replace('.', '\\.')}$`) }, (args) => ({
      path: args.path,
      external: true,
    }));
  },
});

/**
 * Bolt's index loads every receiver, so a Lambda bundle would evaluate Express (with body-parser and iconv-lite) and
 * the Socket Mode client (with undici) at every cold start: about 90 ms of CPU, for code the AwsLambdaReceiver never
 * calls (they are only used inside the ExpressReceiver and SocketModeReceiver constructors). They are replaced by
 * empty modules in the Lambda bundle only; the other entry points (`npm start`) use the real packages.
 */
const UNUSED_ON_LAMBDA = /^(express|raw-body|@slack\/socket-mode)$/;
const unusedOnLambda = {
  name: 'unused-on-lambda',
  setup(b) {
    b.onResolve({ filter: UNUSED_ON_LAMBDA }, (args) => ({ path: args.path, namespace: 'unused-on-lambda' }));
    b.onLoad({ filter: /.*/, namespace: 'unused-on-lambda' }, (args) => ({
      contents: `// ${args.path} is not bundled for Lambda: ExpressReceiver and SocketModeReceiver cannot run here.\nmodule.exports = {};`,
      loader: 'js',
    }));
  },
};

export { unusedOnLambda };

export async function bundleLambda(outdir = join(root, 'dist/lambda')) {
  const clients = sdkClients();
  const getters = clients
    .map(
      (c) =>
        `Object.defineProperty(exports, ${JSON.stringify(c)}, { enumerable: true, get: () => require(${JSON.stringify(c)}) });`,
    )
    .join('\n');
  await Promise.all([
    build({
      ...lambdaBuildOptions,
      entryPoints: [join(root, 'src/main/lambda/index.ts')],
      outfile: join(outdir, 'index.js'),
      plugins: [sdkOutside(clients), unusedOnLambda],
    }),
    build({
      ...lambdaBuildOptions,
      stdin: { contents: getters, resolveDir: root, loader: 'js', sourcefile: 'aws-sdk-clients.js' },
      outfile: join(outdir, SDK_FILE),
    }),
  ]);
  return { index: statSync(join(outdir, 'index.js')).size, sdk: statSync(join(outdir, SDK_FILE)).size };
}

// `node scripts/bundle.mjs [outdir]` (default dist/lambda).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = await bundleLambda(process.argv[2] ? resolve(process.argv[2]) : undefined);
  const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(`index.js: ${kib(sizes.index)}, ${SDK_FILE}: ${kib(sizes.sdk)} (loaded on the first AWS call)`);
}
