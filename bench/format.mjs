// Number and Markdown formatting for the report.

export function micros(ms) {
  const us = ms * 1000;
  if (!Number.isFinite(us)) return '—';
  if (us >= 1000) return us.toFixed(0);
  if (us >= 100) return us.toFixed(1);
  return us.toFixed(2);
}

export function ratio(value) {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : '—';
}

export function throughput(bytes, ms) {
  const mbPerSecond = bytes / 1e6 / (ms / 1000);
  if (!Number.isFinite(mbPerSecond)) return '—';
  return mbPerSecond >= 100 ? mbPerSecond.toFixed(0) : mbPerSecond.toFixed(1);
}

export function mebibytes(bytes) {
  return Number.isFinite(bytes) ? `${(bytes / 1048576).toFixed(1)} MiB` : '—';
}

export function count(n) {
  return n.toLocaleString('en-US');
}

export function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A Markdown table; `align` is a string of 'l'/'r' per column. */
export function table(header, rows, align = '') {
  const escape = (cell) => String(cell).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const rule = header.map((_, k) => ((align[k] ?? (k === 0 ? 'l' : 'r')) === 'r' ? '---:' : ':---'));
  return [header, rule, ...rows].map((row, k) => `| ${(k === 1 ? row : row.map(escape)).join(' | ')} |`).join('\n');
}
