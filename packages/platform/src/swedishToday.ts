// One formatter for the whole process: `toLocaleDateString` with a time zone builds a new Intl.DateTimeFormat at
// every call, which the gateway's response cache did for every request it keyed (3 % of its time at load).
const SWEDISH_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });

/** Today's date in Sweden, as YYYY-MM-DD: figures and follow-ups go by the Swedish calendar, not UTC's. */
export function swedishToday(now = new Date()): string {
  return SWEDISH_DATE.format(now);
}
