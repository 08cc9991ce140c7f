import { useId, useState } from 'react';
import type { MonthTally } from '../../../../shared/growth/overview';
import { formatLongMonth, formatShortMonth, plural } from './overviewFormat';
import './chart.css';

// The drawing is laid out in viewBox units and scales with the card; the text stays legible
// down to the narrowest window the shell allows.
const WIDTH = 440;
const HEIGHT = 210;
const TOP = 22;
const BOTTOM = 40;
const SIDE = 4;

/** One sentence a screen reader hears for the whole chart. */
export function chartSummary(months: readonly MonthTally[]): string {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return 'No months to show.';
  const total = months.reduce((sum, m) => sum + m.done, 0);
  const span = `${formatLongMonth(first.month)} to ${formatLongMonth(last.month)}`;
  if (total === 0) return `No milestones done from ${span}.`;
  const best = months.reduce((top, m) => (m.done > top.done ? m : top), first);
  return (
    `${plural(total, 'milestone')} done from ${span}; ` +
    `the most in ${formatLongMonth(best.month)} (${best.done}), ` +
    `${plural(last.done, 'milestone')} this month.`
  );
}

/**
 * Milestones done per month as an SVG bar chart. The picture is one image to assistive
 * technology (role="img" with a summary); the exact numbers are in a table beside it, hidden
 * visually until "Show as table" is pressed, so nobody depends on the bars' colour or height.
 * Colours come from the theme's CSS variables (overview.css), so dark mode needs nothing here.
 */
export function MonthlyDoneChart({ months }: { months: readonly MonthTally[] }) {
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  const max = Math.max(1, ...months.map((m) => m.done));
  const slot = (WIDTH - SIDE * 2) / Math.max(1, months.length);
  const barWidth = Math.min(28, slot * 0.62);
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const summary = chartSummary(months);
  const tableId = `${id}-table`;

  return (
    <figure className="overview-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Milestones done per month. ${summary}`}
        aria-describedby={`${id}-desc`}
        className="overview-chart-svg"
        data-testid="monthly-done-chart"
      >
        <title>Milestones done per month</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <line
          className="overview-chart-axis"
          x1={SIDE}
          x2={WIDTH - SIDE}
          y1={HEIGHT - BOTTOM + 0.5}
          y2={HEIGHT - BOTTOM + 0.5}
        />
        {months.map((m, i) => {
          const height = (m.done / max) * plotHeight;
          const centre = SIDE + slot * i + slot / 2;
          const y = HEIGHT - BOTTOM - height;
          const isJanuary = m.month.endsWith('-01');
          return (
            <g key={m.month} data-month={m.month} data-count={m.done}>
              {m.done > 0 && (
                <rect
                  className="overview-chart-bar"
                  x={centre - barWidth / 2}
                  y={y}
                  width={barWidth}
                  height={height}
                  rx={3}
                />
              )}
              <text
                className="overview-chart-value"
                x={centre}
                y={y - 6}
                textAnchor="middle"
                data-zero={m.done === 0 || undefined}
              >
                {m.done}
              </text>
              <text className="overview-chart-month" x={centre} y={HEIGHT - BOTTOM + 16} textAnchor="middle">
                {formatShortMonth(m.month)}
              </text>
              {/* The year under the first month and each January: the window spans two years. */}
              {(i === 0 || isJanuary) && (
                <text className="overview-chart-year" x={centre} y={HEIGHT - BOTTOM + 31} textAnchor="middle">
                  {m.month.slice(0, 4)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="overview-chart-caption">
        <p>{summary}</p>
        <button
          type="button"
          className="button"
          data-variant="ghost"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? 'Hide table' : 'Show as table'}
        </button>
      </figcaption>
      <table id={tableId} className={showTable ? 'overview-chart-table' : 'visually-hidden'}>
        <caption>Milestones done per month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Milestones done</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{formatLongMonth(m.month)}</th>
              <td>{m.done}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
