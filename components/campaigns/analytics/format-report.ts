const percentFormat = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 });

/** 0.8523 → "85.2%"; null → "–". */
export function formatRate(rate: number | null): string {
  return rate === null ? "–" : percentFormat.format(rate);
}

/** 4.5 → "4.5 s", 80 → "1 min 20 s", 7500 → "2 h 5 min", 200000 → "2 d 7 h". */
export function formatDuration(seconds: number): string {
  if (seconds < 10) return `${Math.round(seconds * 10) / 10} s`;
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  const [days, hours, minutes, rest] = [
    Math.floor(whole / 86_400),
    Math.floor((whole % 86_400) / 3600),
    Math.floor((whole % 3600) / 60),
    whole % 60,
  ];
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return rest > 0 ? `${minutes} min ${rest} s` : `${minutes} min`;
}

/** "10-second", "1-minute", "15-minute", "1-hour", "1-day": how long one bucket of the chart is. */
export function bucketName(bucketSeconds: number): string {
  if (bucketSeconds % 86_400 === 0) return `${bucketSeconds / 86_400}-day`;
  if (bucketSeconds % 3600 === 0) return `${bucketSeconds / 3600}-hour`;
  if (bucketSeconds % 60 === 0) return `${bucketSeconds / 60}-minute`;
  return `${bucketSeconds}-second`;
}

/** Rounds a chart's highest value up to a readable top for its axis: 7 → 8, 23 → 25, 1400 → 1500. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((factor) => factor * magnitude >= value)!;
  return Math.round(step * magnitude * 100) / 100;
}
