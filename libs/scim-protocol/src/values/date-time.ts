const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:[Zz]|[+-](\d{2}):?(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * An RFC 3339 / ISO 8601 date or date-time naming a real instant (`2015-10-10T14:38:21.8617979-07:00`,
 * `2020-02-28`). Stricter than `Date.parse`, which rolls `2020-02-30` over to March and reads `"1"` or
 * `"May 2020"` as dates that PostgreSQL then refuses.
 */
export function isValidDateTime(text: string): boolean {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return false;
  const [, year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match.map((part) => (part === undefined ? undefined : Number(part)));
  if (year! < 1 || month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth(year!, month!)) return false;
  if (hour !== undefined && (hour > 23 || minute! > 59 || (second ?? 0) > 59)) return false;
  if (offsetHours !== undefined && (offsetHours > 15 || offsetMinutes! > 59)) return false;
  return true;
}
