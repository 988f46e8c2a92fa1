import { Line, LineChart, ResponsiveContainer, YAxis } from 'recharts';
import { SERIES } from '../lib/palette';
import { useReducedMotion } from './useReducedMotion';

/**
 * A small line with no axes, for a trend beside its words and its table (ChartFigure labels it). A year without a
 * published value is a gap in the line, never a 0.
 */
export function Sparkline<Row>({
  rows,
  y,
  height = 56,
}: {
  rows: readonly Row[];
  y: keyof Row & string;
  height?: number;
}) {
  const reducedMotion = useReducedMotion();
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={rows as unknown as Record<string, unknown>[]} margin={{ top: 4, bottom: 4, left: 4, right: 4 }}>
        <YAxis hide domain={['auto', 'auto']} />
        <Line
          dataKey={y}
          stroke={SERIES[0]}
          strokeWidth={2}
          dot={{ r: 2 }}
          connectNulls={false}
          isAnimationActive={!reducedMotion}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
