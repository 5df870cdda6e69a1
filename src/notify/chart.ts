// The digest chart: reported troop figures over time, one line per source, as a PNG. Chart.js draws on a
// @napi-rs/canvas canvas (no DOM: Chart.js falls back to its basic platform), with animation and resizing off.
import { createCanvas } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration, type ChartItem, type Plugin } from 'chart.js';
import { isQuantityKind, type ClaimKind } from '../claims/model.js';
import type { StoredClaim } from '../store/types.js';
import { formatNumber, kindLabel } from './format.js';

Chart.register(...registerables);

const PALETTE = ['#2563eb', '#dc2626', '#16a34a', '#d97706', '#7c3aed', '#0891b2', '#db2777', '#4b5563', '#65a30d', '#9333ea'];
const MAX_SERIES = PALETTE.length;
const DAY_MS = 86_400_000;

/** A white background: chat clients show PNGs on dark themes, where Chart.js' transparent default is unreadable. */
const whiteBackground: Plugin = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** The kind charted: troops deployed when present, otherwise the quantity kind with the most claims. */
function chartedKind(claims: StoredClaim[]): ClaimKind | undefined {
  if (claims.some((c) => c.kind === 'troops_deployed')) return 'troops_deployed';
  const counts = new Map<ClaimKind, number>();
  for (const c of claims) if (isQuantityKind(c.kind)) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

interface Point {
  x: number;
  y: number;
}

/** Points per source (the actor, else the outlet), one point per source and day (the latest figure of that day). */
export function figureSeries(claims: StoredClaim[], kind: ClaimKind): Map<string, Point[]> {
  const bySource = new Map<string, Map<number, Point>>();
  for (const c of claims) {
    if (c.kind !== kind || c.status === 'denied') continue;
    const y = typeof c.value === 'number' ? c.value : Number(c.value);
    const t = Date.parse(c.published);
    if (!Number.isFinite(y) || !Number.isFinite(t)) continue;
    const day = Math.floor(t / DAY_MS) * DAY_MS;
    const source = c.source ?? c.outlet ?? 'unattributed';
    const points = bySource.get(source) ?? new Map<number, Point>();
    points.set(day, { x: day, y });
    bySource.set(source, points);
  }
  const series = [...bySource.entries()]
    .map(([source, pts]) => [source, [...pts.values()].sort((a, b) => a.x - b.x)] as const)
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  return new Map(series.slice(0, MAX_SERIES));
}

export function renderFigureChart(claims: StoredClaim[], opts: { width?: number; height?: number } = {}): Uint8Array {
  const width = opts.width ?? 800;
  const height = opts.height ?? 400;
  const kind = chartedKind(claims);
  const series = kind ? figureSeries(claims, kind) : new Map<string, Point[]>();
  const title = kind ? `${kindLabel(kind)}: reported figures by source` : 'No figures reported';

  const canvas = createCanvas(width, height);
  const config: ChartConfiguration<'line', Point[]> = {
    type: 'line',
    data: {
      datasets: [...series.entries()].map(([source, data], i) => ({
        label: source,
        data,
        borderColor: PALETTE[i % PALETTE.length],
        backgroundColor: PALETTE[i % PALETTE.length],
        pointRadius: 3,
        tension: 0,
      })),
    },
    options: {
      responsive: false,
      animation: false,
      devicePixelRatio: 1,
      parsing: false,
      plugins: {
        title: { display: true, text: title },
        legend: { display: series.size > 0, position: 'bottom' },
        tooltip: { enabled: false },
      },
      scales: {
        x: {
          type: 'linear',
          ticks: { callback: (v) => new Date(Number(v)).toISOString().slice(0, 10), maxTicksLimit: 8 },
        },
        y: { type: 'linear', beginAtZero: true, ticks: { callback: (v) => formatNumber(Number(v)) } },
      },
    },
    plugins: [whiteBackground],
  };
  // Chart.js only needs getContext('2d') and width/height from the canvas it is given.
  const chart = new Chart(canvas as unknown as ChartItem, config);
  try {
    return new Uint8Array(canvas.toBuffer('image/png'));
  } finally {
    chart.destroy();
  }
}
