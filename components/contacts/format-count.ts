const numberFormat = new Intl.NumberFormat("en");

/** "1 contact", "1,204 contacts". */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${numberFormat.format(count)} ${count === 1 ? singular : plural}`;
}
