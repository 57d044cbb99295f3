import { label as humanise } from "../lib/format";

export interface Bar {
  key: string;
  count: number | null;
  suppressed?: boolean;
}

/**
 * Horizontal SVG bars with the figures written beside them: readable without colour, printable,
 * and described for screen readers by a table of the same figures (visually hidden).
 */
export function BarChart({
  title,
  bars,
  keyLabel = humanise,
}: {
  title: string;
  bars: Bar[];
  /** How a key reads: enum values humanised by default. */
  keyLabel?: (key: string) => string;
}) {
  const max = Math.max(1, ...bars.map((bar) => bar.count ?? 0));
  const rowHeight = 22;
  const labelWidth = 170;
  const width = 460;
  const barSpace = width - labelWidth - 60;
  const height = Math.max(rowHeight, bars.length * rowHeight);
  const name = keyLabel;
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      {bars.length === 0 ? (
        <p className="muted">No figures for this period.</p>
      ) : (
        <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={title}>
          {bars.map((bar, index) => {
            const y = index * rowHeight;
            const barWidth = bar.count ? Math.max(2, (bar.count / max) * barSpace) : 0;
            return (
              <g key={bar.key} transform={`translate(0 ${y})`}>
                <text
                  x={labelWidth - 6}
                  y={rowHeight / 2}
                  dominantBaseline="middle"
                  textAnchor="end"
                  className="chart-label"
                >
                  {name(bar.key).slice(0, 26)}
                </text>
                <rect x={labelWidth} y={3} width={barWidth} height={rowHeight - 6} className="chart-bar" />
                <text x={labelWidth + barWidth + 6} y={rowHeight / 2} dominantBaseline="middle" className="chart-value">
                  {bar.suppressed ? "1–4 (suppressed)" : (bar.count ?? "—")}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <table className="visually-hidden">
        <caption>{title}</caption>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">{name(bar.key)}</th>
              <td>{bar.suppressed ? "suppressed" : (bar.count ?? "unknown")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
