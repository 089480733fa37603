import { LRUCache } from 'lru-cache';

import type { OfficeOverlap } from '../../../shared/contracts/submissions';
import { isIanaTimezone } from '../../../shared/timezone';

export type WorkingDay = { timezone: string; start: string; end: string };

/** The team's working day, assumed since the questionnaire asks only for its timezone. */
export const TEAM_WORKING_HOURS = { start: '09:00', end: '17:00' };

const MINUTE = 60_000;

const minutesOf = (time: string) => {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl formatter costs far more than using one, so there is one per zone. */
const formatterFor = (timeZone: string) => {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/**
 * A zone's offset changes only at a transition, and every transition of today's zones falls
 * on a quarter hour in UTC (offsets are whole quarter hours, changes happen on the hour or
 * half hour local time): one reading per zone and quarter hour holds for all of it.
 */
const QUARTER_HOUR = 15 * MINUTE;
const offsetsByQuarter = new LRUCache<string, number>({ max: 4096 });

/** Offset of `timeZone` from UTC at `instant`, in minutes. */
const offsetMinutes = (timeZone: string, instant: number): number => {
  const key = `${timeZone} ${Math.floor(instant / QUARTER_HOUR)}`;
  const known = offsetsByQuarter.get(key);
  if (known !== undefined) return known;
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  const offset = Math.round((asUtc - Math.floor(instant / MINUTE) * MINUTE) / MINUTE);
  offsetsByQuarter.set(key, offset);
  return offset;
};

/** The local calendar date (as a UTC midnight) in `timeZone` at `instant`. */
const localMidnightAsUtc = (timeZone: string, instant: number) => {
  const local = instant + offsetMinutes(timeZone, instant) * MINUTE;
  const date = new Date(local);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
};

/**
 * The instant a local wall-clock time happens in `timeZone`. The offset is read twice: first
 * at the wall time taken as UTC, then at the instant that gives, because a daylight-saving
 * change can fall between the two for zones far from UTC.
 */
const instantOf = (timeZone: string, wallAsUtc: number) => {
  const guess = wallAsUtc - offsetMinutes(timeZone, wallAsUtc) * MINUTE;
  return wallAsUtc - offsetMinutes(timeZone, guess) * MINUTE;
};

/** A working day in `timeZone` on the local date `dayUtc` (UTC midnight), as UTC instants. */
const workingInterval = (day: WorkingDay, dayUtc: number): [number, number] => [
  instantOf(day.timezone, dayUtc + minutesOf(day.start) * MINUTE),
  instantOf(day.timezone, dayUtc + minutesOf(day.end) * MINUTE),
];

/**
 * Overlaps already worked out, by zones, hours and the two local dates: every submission of a
 * day asks the same. Least recently used first out, so a burst of rare zones cannot evict the
 * common ones (a day's pairs are a few hundred zones times the offices).
 */
const overlapsByDay = new LRUCache<string, number>({ max: 2000 });

/**
 * Hours in which the team's working day on the date of `at` overlaps an office's working
 * days (the office's previous, same and next local day, since zones can be a day apart).
 * Rounded to the half hour.
 */
export const overlapHours = (team: WorkingDay, office: WorkingDay, at: number): number => {
  const teamDay = localMidnightAsUtc(team.timezone, at);
  const officeDay = localMidnightAsUtc(office.timezone, at);
  // The answer depends on `at` only through the two local dates, and each costs a dozen Intl
  // conversions: a submission spent more time here than in any other function of the plugin.
  const key = JSON.stringify([team, office, teamDay, officeDay]);
  const known = overlapsByDay.get(key);
  if (known !== undefined) return known;
  const [teamStart, teamEnd] = workingInterval(team, teamDay);
  let overlapMs = 0;
  for (const shift of [-1, 0, 1]) {
    const [officeStart, officeEnd] = workingInterval(office, officeDay + shift * 86_400_000);
    overlapMs += Math.max(0, Math.min(teamEnd, officeEnd) - Math.max(teamStart, officeStart));
  }
  const hours = Math.round((overlapMs / 3_600_000) * 2) / 2;
  overlapsByDay.set(key, hours);
  return hours;
};

/** An office as the host stores it; the hours are local times such as "09:00:00.000". */
export type OfficeHours = { name: string; timezone: unknown; officeHoursStart: unknown; officeHoursEnd: unknown };

const clockTime = (value: unknown) => (typeof value === 'string' && /^\d{2}:\d{2}/.test(value) ? value.slice(0, 5) : null);

/**
 * The team's working-hour overlap with each office on the day of `at`, in the order given.
 * An office without a zone or hours this can read is left out: a host's incomplete office
 * must not fail a submission.
 */
export const officeOverlaps = (offices: OfficeHours[], teamTimezone: string, at: number): OfficeOverlap[] =>
  offices.flatMap((office) => {
    const hours = { start: clockTime(office.officeHoursStart), end: clockTime(office.officeHoursEnd) };
    if (!isIanaTimezone(office.timezone) || !hours.start || !hours.end) return [];
    const officeDay = { timezone: office.timezone, start: hours.start, end: hours.end };
    return [
      {
        office: office.name,
        timezone: office.timezone,
        officeHours: `${hours.start}–${hours.end}`,
        overlapHours: overlapHours({ timezone: teamTimezone, ...TEAM_WORKING_HOURS }, officeDay, at),
      },
    ];
  });
