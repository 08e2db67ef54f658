// The main comparison: every contender on the generated feeds, sizes in ascending order, timed in
// this process round-robin. Before a contender is timed on an input, one call checks that it
// returns the right number of items (a parser that returns nothing is not fast, it is wrong).
// On the largest inputs a contender whose cost grew faster than linearly, or whose predicted time
// is long, is first run once in a stoppable worker with a time limit.
import { appliesTo } from './contenders.mjs';
import { describeError } from './isolated.mjs';
import { keep, measureRoundRobin, timeOnce } from './measure.mjs';
import { verify } from './verify.mjs';

const UNGUARDED_MAX_N = 1000;
// Per-item cost that grew this much between two sizes is taken as real growth, not noise.
const SUPERLINEAR = 4;

/**
 * The predicted time of one call on `n` items from the two largest sizes measured so far: linear
 * unless the per-item cost clearly grew between them, in which case it keeps growing at that rate.
 * NaN when nothing was measured yet.
 */
export function predictMs(measured, n) {
  const sizes = [...measured.keys()].sort((a, b) => a - b);
  if (sizes.length === 0) return NaN;
  const last = sizes[sizes.length - 1];
  const lastPerItem = measured.get(last) / last;
  if (sizes.length === 1) return lastPerItem * n;
  const prev = sizes[sizes.length - 2];
  const growth = lastPerItem / (measured.get(prev) / prev);
  if (!(growth >= SUPERLINEAR)) return lastPerItem * n;
  const steps = Math.log(n / last) / Math.log(last / prev);
  return lastPerItem * n * growth ** steps;
}

/**
 * Times `contenders` on `inputs` of one format (ascending n). `plan(n)` gives the sampling budget.
 * Returns Map n → Map contenderId → { status: 'ok', medianMs, samples, spreadPct, isolated? }
 *                                   | { status: 'error' | 'wrong' | 'timeout' | 'crash', error }.
 */
export async function timeFormat({ contenders, inputs, plan, runner, log }) {
  const byInput = new Map();
  const history = new Map(contenders.map((c) => [c.id, new Map()]));
  for (const input of inputs) {
    const { n } = input;
    const budget = plan(n);
    const outcomes = new Map();
    const tasks = [];
    for (const contender of contenders.filter((c) => appliesTo(c, input) && !budget.skip?.includes(c.id))) {
      const predicted = predictMs(history.get(contender.id), n);
      let isolated = null;
      // Nothing measured yet: only the small inputs are run unguarded.
      if (Number.isNaN(predicted) ? n > UNGUARDED_MAX_N : predicted > budget.inProcessLimitMs) {
        const why = Number.isNaN(predicted) ? 'no smaller input measured' : `predicted ${(predicted / 1000).toFixed(1)} s per call`;
        log(`  ${contender.id} on ${n} items: ${why}, trying it in a worker first`);
        isolated = await runner.run(contender.id, input, { timeoutMs: budget.isolatedTimeoutMs });
        if (isolated.status !== 'ok') {
          outcomes.set(contender.id, isolated);
          continue;
        }
        if (isolated.items !== n || isolated.wrong) {
          outcomes.set(contender.id, { status: 'wrong', error: isolated.wrong ?? `${isolated.items} of ${n} items` });
          continue;
        }
        if (isolated.coldMs > budget.inProcessLimitMs) {
          // Too slow to sample here within the run's time: report its single isolated call.
          outcomes.set(contender.id, { status: 'ok', medianMs: isolated.coldMs, samples: 1, spreadPct: 0, isolated: true });
          history.get(contender.id).set(n, isolated.coldMs);
          continue;
        }
      }
      const fn = contender.prepare(input);
      let firstMs;
      let firstWallMs;
      try {
        const [ms, result, wallMs] = await timeOnce(fn, contender.async);
        const items = contender.items(result, input.format);
        keep(result);
        const wrong = items !== n ? `${items} of ${n} items` : verify(contender.id, result, input);
        if (wrong !== null) {
          outcomes.set(contender.id, { status: 'wrong', error: wrong });
          continue;
        }
        history.get(contender.id).set(n, ms);
        firstMs = ms;
        firstWallMs = wallMs;
      } catch (error) {
        outcomes.set(contender.id, { status: 'error', error: describeError(error) });
        continue;
      }
      tasks.push({ key: contender.id, fn, async: contender.async === true, firstMs, firstWallMs });
    }
    const measured = await measureRoundRobin(tasks, budget);
    for (const [id, result] of measured) {
      outcomes.set(id, { status: 'ok', ...result });
      history.get(id).set(n, result.medianMs);
    }
    byInput.set(n, outcomes);
    log(`  ${input.id}: ${tasks.length} timed, ${outcomes.size - tasks.length} not timed`);
  }
  return byInput;
}
