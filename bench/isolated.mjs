// Runs a contender on one input in a worker thread that can be stopped: the guard for inputs on
// which a parser may hang, go quadratic or exhaust memory (a synchronous parse in the main thread
// could not be interrupted). The worker has its own heap, capped, so a blow-up stays in it.
import { Worker } from 'node:worker_threads';

const WORKER_URL = new URL('./worker.mjs', import.meta.url);
const HEAP_LIMIT_MB = 1536;

/** A short, single-line description of a thrown value (with the atoma error code when there is one). */
export function describeError(error) {
  if (error === null || typeof error !== 'object') return String(error).slice(0, 90);
  const code = typeof error.code === 'string' ? `${error.code}: ` : '';
  const name = error.constructor?.name && error.constructor.name !== 'Error' ? `${error.constructor.name} ` : '';
  return `${name}${code}${String(error.message ?? '')}`.replace(/\s+/g, ' ').trim().slice(0, 90);
}

export class IsolatedRunner {
  #worker = null;
  #ready = null;

  #start() {
    const worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: HEAP_LIMIT_MB } });
    this.#worker = worker;
    this.#ready = new Promise((resolve, reject) => {
      worker.once('message', (message) => (message.ready ? resolve() : reject(new Error(message.error))));
      worker.once('error', reject);
    });
    return this.#ready;
  }

  /**
   * Runs contender `contenderId` on `input` (see bench/inputs.mjs); times the first call, then,
   * when `budgetMs` > 0, samples it for about that long and reports the median.
   * Resolves { status: 'ok' | 'error' | 'timeout' | 'crash', coldMs, medianMs, samples, items, error }.
   */
  async run(contenderId, input, { timeoutMs, budgetMs = 0 }) {
    if (this.#worker === null) await this.#start();
    else await this.#ready;
    const worker = this.#worker;
    return new Promise((resolve) => {
      let settled = false;
      const finish = (result, restart) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (restart) {
          this.#worker = null;
          void worker.terminate();
        }
        resolve(result);
      };
      const onMessage = (message) => finish(message, false);
      const onError = (error) => finish({ status: 'crash', error: describeError(error) }, true);
      const onExit = (code) => finish({ status: 'crash', error: `worker exited with code ${code}` }, true);
      const timer = setTimeout(
        () => finish({ status: 'timeout', error: `no result within ${(timeoutMs / 1000).toFixed(0)} s` }, true),
        timeoutMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ contenderId, input, budgetMs });
    });
  }

  async close() {
    if (this.#worker !== null) await this.#worker.terminate();
    this.#worker = null;
  }
}
