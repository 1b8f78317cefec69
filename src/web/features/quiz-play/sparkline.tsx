/**
 * A small trend line in plain SVG (a chart library would be heavy for one line). It is
 * decoration: the numbers are always next to it in text.
 */
export function Sparkline({ values, height = 80 }: { values: readonly number[]; height?: number }) {
  const width = 600;
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? width / (values.length - 1) : width;
  const points = values.map(
    (v, i) => `${(i * step).toFixed(1)},${(height - 4 - (v / max) * (height - 8)).toFixed(1)}`,
  );
  const area = `0,${height} ${points.join(' ')} ${width},${height}`;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      width="100%"
      height={height}
      aria-hidden="true"
      focusable="false"
    >
      <polygon points={area} fill="var(--mantine-color-indigo-1)" />
      <polyline
        points={points.join(' ')}
        fill="none"
        stroke="var(--mantine-color-indigo-7)"
        strokeWidth={2}
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  );
}
