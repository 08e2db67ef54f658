// Worker side of bench/isolated.mjs: runs one contender on one input per message.
import { parentPort } from 'node:worker_threads';
import { loadContenders } from './contenders.mjs';
import { describeError } from './isolated.mjs';
import { clockMs, keep, median, timeOnce } from './measure.mjs';
import { verify } from './verify.mjs';

let contenders;
try {
  ({ contenders } = await loadContenders());
  parentPort.postMessage({ ready: true });
} catch (error) {
  parentPort.postMessage({ ready: false, error: describeError(error) });
}

async function run({ contenderId, input, budgetMs }) {
  const contender = contenders.find((c) => c.id === contenderId);
  if (contender === undefined) return { status: 'error', error: `unknown contender ${contenderId}` };
  try {
    const fn = contender.prepare(input);
    const [coldMs, result] = await timeOnce(fn, contender.async);
    let items = null;
    try { items = contender.items(result, input.format); } catch { /* a shape this contender does not count */ }
    const wrong = verify(contenderId, result, input);
    if (budgetMs <= 0) return { status: 'ok', coldMs, medianMs: coldMs, samples: 1, items, wrong };
    // Half the budget (and at most 30 calls) to warm up, the other half to sample in batches of ~2 ms.
    const start = performance.now();
    let fastest = coldMs;
    for (let calls = 0; calls < 30 && performance.now() - start < budgetMs / 2; calls++) {
      const [ms, again] = await timeOnce(fn, contender.async);
      keep(again);
      fastest = Math.min(fastest, ms);
    }
    const batch = Math.max(1, Math.min(1000, Math.round(2 / Math.max(fastest, 0.001))));
    const samples = [];
    const sampling = performance.now();
    while (samples.length < 3 || performance.now() - sampling < budgetMs / 2) {
      const begin = clockMs();
      for (let k = 0; k < batch; k++) keep(contender.async ? await fn() : fn());
      samples.push((clockMs() - begin) / batch);
    }
    return { status: 'ok', coldMs, medianMs: median(samples), samples: samples.length, items, wrong };
  } catch (error) {
    return { status: 'error', error: describeError(error) };
  }
}

parentPort.on('message', async (message) => {
  parentPort.postMessage(await run(message));
});
