// Peak memory of one parse, measured in a fresh child process per contender so that no other
// parser's heap, code or garbage is counted.
//   parent: memoryOf(contenderId, format, files, timeoutMs) → { status, peakRssBytes, retainedHeapBytes, ... }
//   child:  node --expose-gc bench/memory.mjs <contenderId> <format> <xmlFile> <jsonFile>
// Peak: the growth of the process's resident set (getrusage maxRSS) over the parse, from a
// collected baseline that already holds the input string and the loaded modules.
// Retained: the heap still used by the result after a full collection.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);

export function memoryOf(contenderId, format, files, timeoutMs) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--expose-gc', SELF, contenderId, format, files.xml, files.json],
      { timeout: timeoutMs, maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        const line = stdout.trim().split('\n').pop() ?? '';
        if (line.startsWith('{')) {
          resolve(JSON.parse(line));
        } else if (error?.killed) {
          resolve({ status: 'timeout', error: `no result within ${(timeoutMs / 1000).toFixed(0)} s` });
        } else {
          // The child's own last words (an uncaught error), not the command line.
          const reason = stderr.trim().split('\n').filter((l) => /\w/.test(l)).find((l) => /Error|error:/.test(l));
          resolve({ status: 'crash', error: (reason ?? `exit code ${error?.code ?? 'unknown'}`).trim().slice(0, 90) });
        }
      },
    );
  });
}

async function child([contenderId, format, xmlFile, jsonFile]) {
  const { contenders } = await import('./contenders.mjs').then((m) => m.loadContenders());
  const { describeError } = await import('./isolated.mjs');
  const contender = contenders.find((c) => c.id === contenderId);
  const input = { format, xml: readFileSync(xmlFile, 'utf8'), json: readFileSync(jsonFile, 'utf8') };
  const fn = contender.prepare(input);
  globalThis.gc();
  globalThis.gc();
  const before = process.memoryUsage();
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  let result;
  try {
    result = contender.async ? await fn() : fn();
  } catch (error) {
    process.stdout.write(JSON.stringify({ status: 'error', error: describeError(error) }) + '\n');
    return;
  }
  const peakAfter = process.resourceUsage().maxRSS * 1024;
  globalThis.gc();
  const after = process.memoryUsage();
  const items = contender.items(result, format);
  process.stdout.write(JSON.stringify({
    status: 'ok',
    items,
    // When the parse never rose above the earlier peak, its own peak is at most that.
    peakRssBytes: Math.max(0, peakAfter - before.rss),
    peakBelowStartup: peakAfter <= peakBefore,
    retainedHeapBytes: after.heapUsed - before.heapUsed,
    inputBytes: Buffer.byteLength(input.xml),
  }) + '\n');
}

if (process.argv[1] === SELF) await child(process.argv.slice(2));
