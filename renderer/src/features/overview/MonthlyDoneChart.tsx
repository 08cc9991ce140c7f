import { useId, useState } from 'react';
import type { MonthTally } from '../../../../shared/growth/overview';
import { useDates, type DateWords } from '../../i18n/useDates';
import { useT, type Translate } from '../../i18n/useT';
import './chart.css';

// The drawing is laid out in viewBox units and scales with the card; the text stays legible
// down to the narrowest window the shell allows.
const WIDTH = 440;
const HEIGHT = 210;
const TOP = 22;
const BOTTOM = 40;
const SIDE = 4;

/** One sentence a screen reader hears for the whole chart. */
export function chartSummary(t: Translate, dates: DateWords, months: readonly MonthTally[]): string {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return t('growth.chart.noMonths');
  const total = months.reduce((sum, m) => sum + m.done, 0);
  const span = { first: dates.month(first.month), last: dates.month(last.month) };
  if (total === 0) return t('growth.chart.noneDone', span);
  const best = months.reduce((top, m) => (m.done > top.done ? m : top), first);
  return t('growth.chart.summary', {
    ...span,
    total,
    best: dates.month(best.month),
    bestCount: best.done,
    thisMonth: last.done,
  });
}

/**
 * Milestones done per month as an SVG bar chart. The picture is one image to assistive
 * technology (role="img" with a summary); the exact numbers are in a table beside it, hidden
 * visually until "Show as table" is pressed, so nobody depends on the bars' colour or height.
 * Colours come from the theme's CSS variables (overview.css), so dark mode needs nothing here.
 */
export function MonthlyDoneChart({ months }: { months: readonly MonthTally[] }) {
  const t = useT();
  const dates = useDates();
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  const max = Math.max(1, ...months.map((m) => m.done));
  const slot = (WIDTH - SIDE * 2) / Math.max(1, months.length);
  const barWidth = Math.min(28, slot * 0.62);
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const summary = chartSummary(t, dates, months);
  const tableId = `${id}-table`;

  return (
    <figure className="overview-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('growth.chart.label', { summary })}
        aria-describedby={`${id}-desc`}
        className="overview-chart-svg"
        data-testid="monthly-done-chart"
      >
        <title>{t('growth.chart.name')}</title>
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
                {t.intl.formatNumber(m.done)}
              </text>
              <text className="overview-chart-month" x={centre} y={HEIGHT - BOTTOM + 16} textAnchor="middle">
                {dates.monthName(m.month)}
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
          {showTable ? t('growth.chart.hideTable') : t('growth.chart.showTable')}
        </button>
      </figcaption>
      <table id={tableId} className={showTable ? 'overview-chart-table' : 'visually-hidden'}>
        <caption>{t('growth.chart.name')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('growth.chart.month')}</th>
            <th scope="col">{t('growth.chart.done')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{dates.month(m.month)}</th>
              <td>{t.intl.formatNumber(m.done)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
