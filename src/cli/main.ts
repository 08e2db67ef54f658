#!/usr/bin/env node
// Entry point of the `atoma` command (package bin).
import { run } from './run.js';
import { packageVersion } from './usage.js';

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  userAgent: `atoma/${packageVersion()} (+https://www.npmjs.com/package/atoma)`,
});
