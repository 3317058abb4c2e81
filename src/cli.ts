#!/usr/bin/env node
import { main } from './main/cli';

main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`cognito-mfa: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
