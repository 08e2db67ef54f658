// A small SVG bar chart of time per item, written by the bench next to its table (no dependency).

const SERIES_COLORS = ['#2f6fb0', '#e08a2c', '#5a9e4b', '#9b59b6'];

function escapeXml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function niceStep(max) {
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw);
  return step ?? raw;
}

/**
 * rows: [{ label, values: [number | null per series], highlight? }]; series: names of the bars in a row.
 * A null value is drawn as a note ("failed") instead of a bar.
 */
export function barChart({ title, subtitle, unit, series, rows }) {
  const labelWidth = 340;
  const plotWidth = 400;
  const barHeight = 11;
  const rowGap = 10;
  const top = 64;
  const rowHeight = series.length * barHeight + rowGap;
  const height = top + rows.length * rowHeight + 36;
  const width = labelWidth + plotWidth + 80;
  const max = Math.max(...rows.flatMap((row) => row.values.filter((v) => Number.isFinite(v))), 1e-9);
  const step = niceStep(max);
  const axisMax = Math.ceil(max / step) * step;
  const x = (value) => labelWidth + (value / axisMax) * plotWidth;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="12" y="22" font-size="15" font-weight="600">${escapeXml(title)}</text>`,
    `<text x="12" y="40" fill="#555">${escapeXml(subtitle)}</text>`,
  ];
  series.forEach((name, k) => {
    const lx = labelWidth + k * 90;
    parts.push(`<rect x="${lx}" y="48" width="10" height="10" fill="${SERIES_COLORS[k % SERIES_COLORS.length]}"/>`,
      `<text x="${lx + 14}" y="57">${escapeXml(name)}</text>`);
  });
  for (let tick = 0; tick <= axisMax + step / 2; tick += step) {
    const tx = x(tick).toFixed(1);
    parts.push(`<line x1="${tx}" y1="${top - 4}" x2="${tx}" y2="${height - 30}" stroke="#e3e3e3"/>`,
      `<text x="${tx}" y="${height - 16}" text-anchor="middle" fill="#555">${escapeXml(+tick.toPrecision(6))}</text>`);
  }
  parts.push(`<text x="${labelWidth + plotWidth}" y="${height - 2}" text-anchor="end" fill="#555">${escapeXml(unit)}</text>`);
  rows.forEach((row, r) => {
    const y0 = top + r * rowHeight;
    const weight = row.highlight ? ' font-weight="600"' : '';
    parts.push(`<text x="${labelWidth - 8}" y="${y0 + (series.length * barHeight) / 2 + 4}" text-anchor="end"${weight}>${escapeXml(row.label)}</text>`);
    row.values.forEach((value, k) => {
      const y = y0 + k * barHeight;
      if (!Number.isFinite(value)) {
        parts.push(`<text x="${labelWidth + 4}" y="${y + barHeight - 2}" fill="#a33">${escapeXml(row.notes?.[k] ?? 'no result')}</text>`);
        return;
      }
      const w = Math.max(1, x(value) - labelWidth);
      parts.push(`<rect x="${labelWidth}" y="${y}" width="${w.toFixed(1)}" height="${barHeight - 1}" fill="${SERIES_COLORS[k % SERIES_COLORS.length]}"/>`,
        `<text x="${(labelWidth + w + 4).toFixed(1)}" y="${y + barHeight - 2}" font-size="10" fill="#333">${escapeXml(value.toPrecision(3))}</text>`);
    });
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
