import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';

/**
 * Charts for the results page. Each one is a picture with a spoken summary (role="img"); the same figures stand in a
 * table beside it. Series differ in shape as well as colour: bars, solid, dotted and dashed lines, a striped bar.
 */
const INK = '#1b1b1b';
const BAR = '#154273';
const BAR_LIGHT = '#8fb3d9';
const DOTTED = '2 5';
const DASHED = '10 6';
const FONT = { fontSize: 13, fill: INK };

function ChartFrame({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <div className="ops-chart" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </div>
  );
}

export interface OutflowPoint {
  label: string;
  count?: number;
  cumulative?: number;
  forecast?: number;
}

export function OutflowChart({
  summary,
  data,
  target,
  labels,
}: {
  summary: string;
  data: OutflowPoint[];
  target: number;
  labels: { count: string; cumulative: string; forecast: string; target: string };
}) {
  return (
    <ChartFrame summary={summary}>
      <ComposedChart data={data} accessibilityLayer={false} margin={{ top: 24, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid stroke="#c8c8c8" vertical={false} />
        <XAxis dataKey="label" tick={FONT} stroke={INK} />
        <YAxis allowDecimals={false} tick={FONT} stroke={INK} domain={[0, (max: number) => Math.max(max, target)]} />
        <Legend wrapperStyle={{ color: INK }} />
        <Bar dataKey="count" name={labels.count} fill={BAR_LIGHT} stroke={BAR} isAnimationActive={false} />
        <Line dataKey="cumulative" name={labels.cumulative} stroke={INK} strokeWidth={3} dot={{ r: 4, fill: INK }} isAnimationActive={false} />
        <Line
          dataKey="forecast"
          name={labels.forecast}
          stroke={BAR}
          strokeWidth={3}
          strokeDasharray={DOTTED}
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
        <ReferenceLine
          y={target}
          stroke={INK}
          strokeWidth={2}
          strokeDasharray={DASHED}
          label={{ value: labels.target, position: 'insideTopLeft', fill: INK, fontSize: 13 }}
        />
      </ComposedChart>
    </ChartFrame>
  );
}

export interface BarPoint {
  label: string;
  value: number;
}

/** Horizontal bars with the figure at the end of each bar: for placements by kind and the funnel. */
export function HorizontalBarChart({ summary, data, name }: { summary: string; data: BarPoint[]; name: string }) {
  return (
    <ChartFrame summary={summary}>
      <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 8, right: 40, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="#c8c8c8" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={FONT} stroke={INK} />
        <YAxis type="category" dataKey="label" width={170} tick={FONT} stroke={INK} />
        <Bar dataKey="value" name={name} fill={BAR} isAnimationActive={false}>
          <LabelList dataKey="value" position="right" fill={INK} fontSize={13} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}

export interface RatePoint {
  label: string;
  percent: number | null;
}

export function RateLineChart({ summary, data, name }: { summary: string; data: RatePoint[]; name: string }) {
  return (
    <ChartFrame summary={summary}>
      <LineChart data={data} accessibilityLayer={false} margin={{ top: 24, right: 24, bottom: 8, left: 0 }}>
        <CartesianGrid stroke="#c8c8c8" vertical={false} />
        <XAxis dataKey="label" tick={FONT} stroke={INK} />
        <YAxis unit="%" tick={FONT} stroke={INK} />
        <Line dataKey="percent" name={name} stroke={INK} strokeWidth={3} dot={{ r: 5, fill: INK }} isAnimationActive={false}>
          <LabelList dataKey="percent" position="top" fill={INK} fontSize={13} formatter={(value) => (value === null || value === undefined ? '' : `${value}%`)} />
        </Line>
      </LineChart>
    </ChartFrame>
  );
}

export interface PairPoint {
  label: string;
  demand: number;
  supply: number;
}

/** Two bars per skill: demand solid, supply light with a dark outline and its figure, so they differ without colour. */
export function PairedBarChart({ summary, data, names }: { summary: string; data: PairPoint[]; names: { demand: string; supply: string } }) {
  return (
    <ChartFrame summary={summary}>
      <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 8, right: 48, bottom: 8, left: 8 }}>
        <defs>
          <pattern id="ops-stripes" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke={BAR} strokeWidth="3" />
          </pattern>
        </defs>
        <CartesianGrid stroke="#c8c8c8" horizontal={false} />
        <XAxis type="number" unit="%" tick={FONT} stroke={INK} />
        <YAxis type="category" dataKey="label" width={170} tick={FONT} stroke={INK} />
        <Legend wrapperStyle={{ color: INK }} />
        <Bar dataKey="demand" name={names.demand} fill={BAR} isAnimationActive={false}>
          <LabelList dataKey="demand" position="right" fill={INK} fontSize={12} formatter={(value) => `${value}%`} />
        </Bar>
        <Bar dataKey="supply" name={names.supply} fill="url(#ops-stripes)" stroke={BAR} isAnimationActive={false}>
          <LabelList dataKey="supply" position="right" fill={INK} fontSize={12} formatter={(value) => `${value}%`} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
