const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * "2023-02-17" -> "17 February 2023", "2022-04" -> "April 2022", "2024" -> "2024". Written out by hand rather
 * than with Intl so the prerendered HTML and the browser always agree, whatever the visitor's locale.
 */
export function formatDate(value: string): string {
  const [year, month, day] = value.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!year) return value;
  if (!monthName) return year;
  if (!day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}
