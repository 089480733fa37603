import { Box, Typography, VisuallyHidden } from '@strapi/design-system';
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTheme } from 'styled-components';

import { BANDS, type Band } from '../../../shared/intake';

type ThemeColors = Record<string, string>;

/**
 * The design system's tokens for the charts, read from the admin's theme so the charts
 * follow its light and dark modes instead of recharts' own greys.
 */
const useChartTheme = () => {
  const theme = useTheme() as unknown as { colors: ThemeColors; fontSizes: string[] };
  const { colors } = theme;
  return {
    colors,
    bandColors: { ready: colors.success600, close: colors.primary600, foundation: colors.warning600 } as Record<Band, string>,
    axis: { stroke: colors.neutral300, tick: { fill: colors.neutral600, fontSize: theme.fontSizes[1] } },
    grid: colors.neutral200,
    tooltip: {
      contentStyle: {
        background: colors.neutral0,
        border: `1px solid ${colors.neutral200}`,
        borderRadius: 4,
        color: colors.neutral800,
        fontSize: theme.fontSizes[1],
      },
      cursor: { fill: colors.neutral100 },
    },
  };
};

/** A chart with its title and a text alternative: the figures it draws, for screen readers. */
const Figure = ({ title, summary, children }: { title: string; summary: string; children: React.ReactNode }) => (
  <Box tag="figure" margin={0} aria-label={title}>
    <Typography tag="figcaption" variant="delta" paddingBottom={2}>
      {title}
    </Typography>
    <Box aria-hidden>{children}</Box>
    <VisuallyHidden tag="p">{summary}</VisuallyHidden>
  </Box>
);

/** The six dimension scores, 0 to 100, as horizontal bars. */
export const DimensionScoresChart = ({
  title,
  scores,
}: {
  title: string;
  scores: Array<{ key: string; label: string; score: number }>;
}) => {
  const chart = useChartTheme();
  return (
    <Figure title={title} summary={scores.map((score) => `${score.label}: ${score.score}`).join(', ')}>
      <ResponsiveContainer width="100%" height={40 * scores.length + 40}>
        <BarChart data={scores} layout="vertical" margin={{ left: 8, right: 24, top: 4, bottom: 4 }}>
          <CartesianGrid horizontal={false} stroke={chart.grid} />
          <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} {...chart.axis} />
          <YAxis type="category" dataKey="label" width={260} {...chart.axis} />
          <Tooltip {...chart.tooltip} />
          <Bar dataKey="score" name={title} fill={chart.colors.primary600} radius={[0, 4, 4, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </Figure>
  );
};

/** Counts by category, one bar each; a band's bar takes the band's colour. */
export const CountsChart = ({
  title,
  counts,
}: {
  title: string;
  counts: Array<{ key: string; label: string; value: number; band?: Band }>;
}) => {
  const chart = useChartTheme();
  return (
    <Figure title={title} summary={counts.map((count) => `${count.label}: ${count.value}`).join(', ')}>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={counts} margin={{ left: 0, right: 8, top: 8, bottom: 4 }}>
          <CartesianGrid vertical={false} stroke={chart.grid} />
          <XAxis dataKey="label" interval={0} {...chart.axis} />
          <YAxis allowDecimals={false} {...chart.axis} />
          <Tooltip {...chart.tooltip} />
          <Bar dataKey="value" name={title} radius={[4, 4, 0, 0]} isAnimationActive={false}>
            {counts.map((count) => (
              <Cell key={count.key} fill={count.band ? chart.bandColors[count.band] : chart.colors.primary600} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </Figure>
  );
};

/** Submissions per day, stacked by band. */
export const DailyChart = ({
  title,
  days,
  bandLabel,
}: {
  title: string;
  days: Array<{ day: string } & Record<Band, number>>;
  bandLabel: (band: Band) => string;
}) => {
  const chart = useChartTheme();
  return (
    <Figure
      title={title}
      summary={days.map((day) => `${day.day}: ${BANDS.map((band) => `${bandLabel(band)} ${day[band]}`).join(', ')}`).join('; ')}
    >
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={days} margin={{ left: 0, right: 8, top: 8, bottom: 4 }}>
          <CartesianGrid vertical={false} stroke={chart.grid} />
          <XAxis dataKey="day" {...chart.axis} />
          <YAxis allowDecimals={false} {...chart.axis} />
          <Tooltip {...chart.tooltip} />
          <Legend wrapperStyle={{ color: chart.colors.neutral600 }} />
          {BANDS.map((band) => (
            <Bar
              key={band}
              dataKey={band}
              name={bandLabel(band)}
              stackId="bands"
              fill={chart.bandColors[band]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </Figure>
  );
};
