import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { DASHES, SERIES } from '../lib/palette';
import { useReducedMotion } from './useReducedMotion';

interface SeriesLineChartProps<Row> {
  rows: readonly Row[];
  /** The x axis: a year, or years from first support. */
  x: keyof Row & string;
  series: readonly { key: keyof Row & string; name: string }[];
  format: (value: number) => string;
  height?: number;
  /** A vertical line to mark, e.g. the year of first support. */
  markX?: number;
}

/**
 * Lines over the years, one per series, each with its own colour and dash so they differ without colour; drawn
 * without animation when the user prefers reduced motion.
 */
export function SeriesLineChart<Row>({ rows, x, series, format, height = 300, markX }: SeriesLineChartProps<Row>) {
  const reducedMotion = useReducedMotion();
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart
        data={rows as unknown as Record<string, unknown>[]}
        margin={{ left: 8, right: 24 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey={x as string} />
        <YAxis tickFormatter={(tick) => format(Number(tick))} domain={['auto', 'auto']} />
        <Tooltip formatter={(value) => format(Number(value))} />
        {series.length > 1 && <Legend />}
        {markX !== undefined && <ReferenceLine x={markX} stroke="#1a1a1a" />}
        {series.map((entry, index) => (
          <Line
            key={entry.key}
            dataKey={entry.key as string}
            name={entry.name}
            stroke={SERIES[index % SERIES.length]}
            strokeDasharray={DASHES[index % DASHES.length]}
            strokeWidth={2}
            connectNulls
            isAnimationActive={!reducedMotion}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
