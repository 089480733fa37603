import fc from 'fast-check';

import { canonicalTimezone, isIanaTimezone } from './timezone';

const supportedZones = Intl.supportedValuesOf('timeZone');

describe('isIanaTimezone', () => {
  it.each([
    'Europe/Copenhagen',
    'Asia/Jakarta',
    'America/Argentina/Buenos_Aires',
    'America/Port-au-Prince',
    'UTC',
    'Etc/GMT+5',
    'Etc/GMT-14',
  ])('gives true when given the tz database name %j', (name) => {
    expect(isIanaTimezone(name)).toBe(true);
  });

  it.each([
    ['a shouted name the runtime does not list', 'ASIA/KOLKATA'],
    ['a lower-case name the runtime does not list', 'asia/kolkata'],
    ['a UTC offset', '+01:00'],
    ['a GMT offset without a zone area', 'GMT+01:00'],
    ['an unknown zone', 'Mars/Olympus'],
    ['an empty string', ''],
    ['a name with a trailing space', 'Europe/Copenhagen '],
    ['a name with a leading space', ' Europe/Copenhagen'],
    ['a name with a trailing slash', 'Europe/Copenhagen/'],
    ['a name with a doubled slash', 'Europe//Copenhagen'],
  ])('gives false when given %s (%j)', (_label, name) => {
    expect(isIanaTimezone(name)).toBe(false);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 5],
    ['an object', {}],
    ['an array holding a name', ['Europe/Copenhagen']],
  ])('gives false when given a non-string: %s', (_label, value) => {
    expect(isIanaTimezone(value)).toBe(false);
  });

  it('gives true for every time zone name the runtime lists', () => {
    expect(supportedZones.length).toBeGreaterThan(100);
    expect(supportedZones.filter((name) => !isIanaTimezone(name))).toEqual([]);
  });

  it('gives true when given any listed time zone name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...supportedZones), (name) => {
        expect(isIanaTimezone(name)).toBe(true);
      })
    );
  });

  it.each([
    ['europe/copenhagen', 'Europe/Copenhagen'],
    ['EUROPE/COPENHAGEN', 'Europe/Copenhagen'],
    ['Europe/copenhagen', 'Europe/Copenhagen'],
    ['utc', 'UTC'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['Etc/UTC', 'Etc/UTC'],
    ['US/Eastern', 'US/Eastern'],
  ])('gives the tz database spelling of %j: %j', (name, canonical) => {
    expect(canonicalTimezone(name)).toBe(canonical);
  });

  it('gives the listed spelling back for any case of any listed time zone name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...supportedZones), fc.boolean(), (name, upper) => {
        expect(canonicalTimezone(upper ? name.toUpperCase() : name.toLowerCase())).toBe(name);
      })
    );
  });

  it('gives false when given any listed name with surrounding whitespace', () => {
    fc.assert(
      fc.property(fc.constantFrom(...supportedZones), fc.constantFrom(' ', '\t', '\n'), fc.boolean(), (name, space, before) => {
        expect(isIanaTimezone(before ? `${space}${name}` : `${name}${space}`)).toBe(false);
      })
    );
  });
});
