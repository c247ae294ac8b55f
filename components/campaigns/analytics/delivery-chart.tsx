import type { CampaignReportData } from "./campaign-report-data";
import { bucketName, niceCeiling } from "./format-report";
import dataTable from "@/components/ui/data-table.module.css";
import styles from "./campaign-analytics.module.css";

type Timeline = CampaignReportData["timeline"];

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { top: 12, right: 12, bottom: 28, left: 52 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;
/** Markers on the points only while they stay apart. */
const MAX_MARKED_POINTS = 40;

const countFormat = new Intl.NumberFormat("en");

/**
 * Sends and deliveries per interval as an inline SVG line chart. The
 * picture is summed up in its accessible name, and every interval with
 * activity is in a table right under it for screen readers and for anyone
 * who wants the numbers.
 */
export function DeliveryChart({ timeline, id }: { timeline: Timeline; id: string }) {
  const { sends, deliveries, bucketSeconds } = timeline;
  if (timeline.start === null || sends.length === 0) {
    return <p className={styles.muted}>Nothing has been sent yet.</p>;
  }
  const start = Date.parse(timeline.start);
  const times = sends.map((_, i) => new Date(start + i * bucketSeconds * 1000));
  const format = timeFormatter(bucketSeconds, sends.length);
  const top = niceCeiling(Math.max(...sends, ...deliveries));
  const x = (i: number) => PAD.left + ((i + 0.5) * PLOT_W) / sends.length;
  const y = (value: number) => PAD.top + PLOT_H - (value / top) * PLOT_H;
  const line = (values: number[]) =>
    values.map((value, i) => `${x(i).toFixed(1)},${y(value).toFixed(1)}`).join(" ");
  const area = (values: number[]) =>
    `${x(0).toFixed(1)},${y(0)} ${line(values)} ${x(values.length - 1).toFixed(1)},${y(0)}`;
  const ticks = xTicks(sends.length);
  const interval = bucketName(bucketSeconds);
  const summary = describe({ sends, deliveries, times, format, interval });
  const active = times
    .map((time, i) => ({ time, sent: sends[i]!, delivered: deliveries[i]! }))
    .filter((row) => row.sent > 0 || row.delivered > 0);

  return (
    <figure className={styles.chartFigure} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className={styles.chartCaption}>
        <span>Sent and delivered per {interval} interval</span>
        <span className={styles.legend} aria-hidden="true">
          <span className={styles.legendItem}>
            <span className={`${styles.swatch} ${styles.sendsSwatch}`} />
            Sent
          </span>
          <span className={styles.legendItem}>
            <span className={`${styles.swatch} ${styles.deliveriesSwatch}`} />
            Delivered
          </span>
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={styles.chart} role="img" aria-label={summary}>
        {[0, top / 2, top].map((value) => (
          <g key={value}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(value)} y2={y(value)} className={styles.grid} />
            <text x={PAD.left - 8} y={y(value)} className={styles.yLabel} dominantBaseline="middle">
              {countFormat.format(value)}
            </text>
          </g>
        ))}
        {ticks.map((i) => (
          <text key={i} x={x(i)} y={HEIGHT - 8} className={styles.xLabel} textAnchor="middle">
            {format(times[i]!)}
          </text>
        ))}
        <polygon points={area(sends)} className={styles.sendsArea} />
        <polyline points={line(sends)} className={styles.sendsLine} />
        <polyline points={line(deliveries)} className={styles.deliveriesLine} />
        {sends.length <= MAX_MARKED_POINTS ? (
          <>
            {sends.map((value, i) => (
              <circle key={`s${i}`} cx={x(i)} cy={y(value)} r={3} className={styles.sendsPoint} />
            ))}
            {deliveries.map((value, i) => (
              <circle key={`d${i}`} cx={x(i)} cy={y(value)} r={3} className={styles.deliveriesPoint} />
            ))}
          </>
        ) : null}
      </svg>
      <details className={styles.tableToggle}>
        <summary>Show the figures as a table</summary>
        {active.length === 0 ? (
          <p className={styles.muted}>No interval has any sends or deliveries yet.</p>
        ) : (
          <div className={dataTable.scroller}>
            <table className={`${dataTable.table} ${styles.numericTable}`}>
              <caption className={styles.tableCaption}>
                Sent and delivered per {interval} interval; intervals with neither are left out.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Interval from</th>
                  <th scope="col" className={styles.number}>
                    Sent
                  </th>
                  <th scope="col" className={styles.number}>
                    Delivered
                  </th>
                </tr>
              </thead>
              <tbody>
                {active.map((row) => (
                  <tr key={row.time.getTime()}>
                    <th scope="row" className={styles.rowHeader}>
                      <time dateTime={row.time.toISOString()}>{format(row.time)}</time>
                    </th>
                    <td className={styles.number}>{countFormat.format(row.sent)}</td>
                    <td className={styles.number}>{countFormat.format(row.delivered)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </details>
    </figure>
  );
}

/** Up to five evenly spread buckets to label on the time axis. */
function xTicks(length: number): number[] {
  if (length <= 5) return Array.from({ length }, (_, i) => i);
  return [...new Set([0, 1, 2, 3, 4].map((k) => Math.round((k * (length - 1)) / 4)))];
}

/** Local clock time at the chart's resolution; with the date when it spans more than a day. */
function timeFormatter(bucketSeconds: number, length: number): (time: Date) => string {
  const options: Intl.DateTimeFormatOptions =
    bucketSeconds < 60
      ? { hour: "2-digit", minute: "2-digit", second: "2-digit" }
      : { hour: "2-digit", minute: "2-digit" };
  if (bucketSeconds * length > 86_400) Object.assign(options, { month: "short", day: "numeric" });
  const format = new Intl.DateTimeFormat("en-GB", options);
  return (time) => format.format(time);
}

function describe(options: {
  sends: number[];
  deliveries: number[];
  times: Date[];
  format: (time: Date) => string;
  interval: string;
}): string {
  const { sends, deliveries, times, format, interval } = options;
  const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0);
  const peak = (values: number[]) => {
    const max = Math.max(...values);
    return max === 0 ? "" : `, at most ${countFormat.format(max)} at ${format(times[values.indexOf(max)]!)}`;
  };
  return (
    `Chart of sends and deliveries per ${interval} interval from ${format(times[0]!)} to ${format(times.at(-1)!)}: ` +
    `${countFormat.format(total(sends))} sent${peak(sends)}; ` +
    `${countFormat.format(total(deliveries))} delivered${peak(deliveries)}.`
  );
}
