import fc from 'fast-check';

import { TEAM_WORKING_HOURS, officeOverlaps, overlapHours, type WorkingDay } from './timezone-overlap';

const nineToFive = (timezone: string): WorkingDay => ({ timezone, ...TEAM_WORKING_HOURS });
const overlap = (team: string, office: string, at: number) => overlapHours(nineToFive(team), nineToFive(office), at);

/** Mid-month instants, far from any daylight-saving change. */
const JANUARY = Date.UTC(2026, 0, 15, 12);
const JULY = Date.UTC(2026, 6, 15, 12);

describe('overlapHours', () => {
  it('given the team working hours, when read, then they are 09:00 to 17:00', () => {
    expect(TEAM_WORKING_HOURS).toEqual({ start: '09:00', end: '17:00' });
  });

  it.each([
    ['Europe/Copenhagen', 'January', JANUARY],
    ['Europe/Copenhagen', 'July', JULY],
    ['Asia/Jakarta', 'January', JANUARY],
    ['America/New_York', 'July', JULY],
    ['Pacific/Auckland', 'January', JANUARY],
  ])('given team and office both in %s, when compared in %s, then they overlap 8 hours', (zone, _month, at) => {
    expect(overlap(zone, zone, at)).toBe(8);
  });

  it('given Europe/Copenhagen and Asia/Jakarta in January (6 hours apart), when compared, then they overlap 2 hours', () => {
    expect(overlap('Europe/Copenhagen', 'Asia/Jakarta', JANUARY)).toBe(2);
  });

  it('given Europe/Copenhagen and Asia/Jakarta in July (5 hours apart), when compared, then they overlap 3 hours', () => {
    expect(overlap('Europe/Copenhagen', 'Asia/Jakarta', JULY)).toBe(3);
  });

  it('given the same zones asked in July, January and July again, when compared, then each day gets its own overlap', () => {
    // Answers are kept per local date: a kept July answer must not be served for January.
    expect([JULY, JANUARY, JULY].map((at) => overlap('Europe/Copenhagen', 'Asia/Jakarta', at))).toEqual([3, 2, 3]);
  });

  it('given America/New_York and Europe/Copenhagen in January (6 hours apart), when compared, then they overlap 2 hours', () => {
    expect(overlap('America/New_York', 'Europe/Copenhagen', JANUARY)).toBe(2);
  });

  it('given Pacific/Auckland and Europe/Copenhagen in January (12 hours apart), when compared, then they do not overlap', () => {
    expect(overlap('Pacific/Auckland', 'Europe/Copenhagen', JANUARY)).toBe(0);
  });

  it('given Asia/Kolkata and Europe/Copenhagen in January (4.5 hours apart), when compared, then they overlap 3.5 hours', () => {
    expect(overlap('Asia/Kolkata', 'Europe/Copenhagen', JANUARY)).toBe(3.5);
  });

  it('given Pacific/Auckland and Pacific/Honolulu in January (23 hours apart, across the date line), when compared, then the neighbouring day counts and they overlap 7 hours', () => {
    expect(overlap('Pacific/Auckland', 'Pacific/Honolulu', JANUARY)).toBe(7);
    expect(overlap('Pacific/Honolulu', 'Pacific/Auckland', JANUARY)).toBe(7);
  });

  it('given Pacific/Auckland and Pacific/Honolulu at an instant when both are on the same calendar date, when compared, then the office\u2019s previous or next day counts and they overlap 7 hours', () => {
    // 10:30 UTC on 15 January is 23:30 on the 15th in Auckland and 00:30 on the 15th in Honolulu.
    const sameDate = Date.UTC(2026, 0, 15, 10, 30);

    expect(overlap('Pacific/Auckland', 'Pacific/Honolulu', sameDate)).toBe(7);
    expect(overlap('Pacific/Honolulu', 'Pacific/Auckland', sameDate)).toBe(7);
  });

  it('given an office with a shorter day, when compared, then the overlap is bounded by the office hours', () => {
    const office: WorkingDay = { timezone: 'Europe/Copenhagen', start: '10:00', end: '13:30' };

    expect(overlapHours(nineToFive('Europe/Copenhagen'), office, JANUARY)).toBe(3.5);
  });

  it.each([
    ['Europe/Copenhagen', 'Asia/Jakarta', 'January', JANUARY],
    ['Europe/Copenhagen', 'Asia/Jakarta', 'July', JULY],
    ['America/New_York', 'Europe/Copenhagen', 'January', JANUARY],
    ['Pacific/Auckland', 'Europe/Copenhagen', 'January', JANUARY],
    ['Asia/Tokyo', 'Australia/Sydney', 'July', JULY],
    ['America/Sao_Paulo', 'Europe/London', 'July', JULY],
    ['Asia/Kolkata', 'America/Chicago', 'January', JANUARY],
  ])('given %s and %s in %s, when team and office are swapped, then the overlap is the same', (a, b, _month, at) => {
    expect(overlap(a, b, at)).toBe(overlap(b, a, at));
  });

  const ZONES = Intl.supportedValuesOf('timeZone');
  const IN_2026 = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) - 1 });

  it('given any two listed zones and any instant in 2026, when compared, then the overlap is a multiple of 0.5 from 0 to 8', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.constantFrom(...ZONES), IN_2026, (team, office, at) => {
        const hours = overlap(team, office, at);
        expect(Number.isInteger(hours * 2)).toBe(true);
        expect(hours).toBeGreaterThanOrEqual(0);
        expect(hours).toBeLessThanOrEqual(8);
      })
    );
  });

  it('given any two listed zones and any instant in 2026, when the office day is widened to the whole day, then the overlap is never smaller', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.constantFrom(...ZONES), IN_2026, (team, office, at) => {
        const wide: WorkingDay = { timezone: office, start: '00:00', end: '23:59' };
        expect(overlapHours(nineToFive(team), wide, at)).toBeGreaterThanOrEqual(overlap(team, office, at));
      })
    );
  });
});

describe('overlapHours on daylight-saving change days', () => {
  const day = (timezone: string) => ({ timezone, start: '09:00', end: '17:00' });

  it.each([
    ['America/Los_Angeles', 'Europe/London', Date.UTC(2026, 2, 8, 20), 1],
    ['America/Anchorage', 'America/Los_Angeles', Date.UTC(2026, 2, 8, 20), 7],
    ['America/Anchorage', 'America/Anchorage', Date.UTC(2026, 2, 8, 20), 8],
    ['America/Anchorage', 'America/Anchorage', Date.UTC(2026, 10, 1, 20), 8],
    ['Pacific/Auckland', 'Pacific/Auckland', Date.UTC(2026, 8, 26, 0), 8],
  ])('gives the real overlap when given team %s, office %s around a clock change', (team, office, at, hours) => {
    expect(overlapHours(day(team), day(office), at)).toBe(hours);
  });
});

describe('officeOverlaps', () => {
  const copenhagen = {
    name: 'Copenhagen',
    timezone: 'Europe/Copenhagen',
    officeHoursStart: '09:00:00.000',
    officeHoursEnd: '17:00:00.000',
  };
  const magelang = { name: 'Magelang', timezone: 'Asia/Jakarta', officeHoursStart: '08:00:00', officeHoursEnd: '16:00:00' };

  it('given two offices, when compared with a team, then each gets its hours as HH:MM and its overlap, in the order given', () => {
    expect(officeOverlaps([copenhagen, magelang], 'Europe/Copenhagen', JANUARY)).toEqual([
      { office: 'Copenhagen', timezone: 'Europe/Copenhagen', officeHours: '09:00–17:00', overlapHours: 8 },
      {
        office: 'Magelang',
        timezone: 'Asia/Jakarta',
        officeHours: '08:00–16:00',
        overlapHours: overlapHours(
          nineToFive('Europe/Copenhagen'),
          { timezone: 'Asia/Jakarta', start: '08:00', end: '16:00' },
          JANUARY
        ),
      },
    ]);
  });

  it.each([
    ['no time zone', { ...magelang, timezone: null }],
    ['a time zone that is not IANA', { ...magelang, timezone: 'Java Time' }],
    ['no opening hour', { ...magelang, officeHoursStart: null }],
    ['a closing hour that is not a time', { ...magelang, officeHoursEnd: 'late' }],
  ])('given an office with %s, when compared, then it is left out and the others are kept', (_label, broken) => {
    expect(officeOverlaps([broken, copenhagen], 'Europe/Copenhagen', JANUARY).map((entry) => entry.office)).toEqual([
      'Copenhagen',
    ]);
  });
});
