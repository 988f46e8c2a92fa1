// Dates as ISO strings (YYYY-MM-DD) computed in UTC, so that the data never depend on the machine's time zone.

import type { IsoDate } from './types';

/** The fixed "today" the demo data are anchored to: nothing in the data happens after it. */
export const DEMO_TODAY: IsoDate = '2026-11-22';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01, which makes date arithmetic plain integer arithmetic. */
export function toDayNumber(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export const DEMO_TODAY_DAY = toDayNumber(DEMO_TODAY);
