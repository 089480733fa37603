const NAME_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z][A-Za-z0-9_+-]*)*$/;

/**
 * A part of a zone name as the tz database writes it: "Kolkata", "Port-au-Prince", or an
 * abbreviation such as "UTC", "US", "GMT+5" or "EST5EDT" (but not a shouted "KOLKATA").
 */
const isTzSpelledPart = (part: string) => /^[A-Z](?=.*[a-z])/.test(part) || /^[A-Z]{1,4}([+-]?\d{1,2}([A-Z]{3})?)?$/.test(part);

let canonicalByLowerCase: Map<string, string> | undefined;

/** Links ICU resolves but leaves out of its list of canonical zones. */
const COMMON_LINKS = ['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT'];

/** The runtime's zone names keyed by their lower-case form, built on first use. */
const knownZones = () =>
  (canonicalByLowerCase ??= new Map(
    [...Intl.supportedValuesOf('timeZone'), ...COMMON_LINKS].map((zone) => [zone.toLowerCase(), zone])
  ));

const runtimeAccepts = (name: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
};

/**
 * The IANA time zone name `name` refers to, spelled as the tz database spells it, or null.
 * Zone names are case-insensitive in the tz database, so "europe/copenhagen" gives
 * "Europe/Copenhagen". Names this runtime's list does not carry but resolves (links such as
 * "UTC" or newer names such as "Asia/Kolkata") are kept as given when they are capitalised
 * like tz names. UTC offsets ("+01:00"), which ICU also accepts, are not zone names.
 */
export const canonicalTimezone = (name: unknown): string | null => {
  if (typeof name !== 'string' || !NAME_SHAPE.test(name)) return null;
  const listed = knownZones().get(name.toLowerCase());
  if (listed) return listed;
  return name.split('/').every(isTzSpelledPart) && runtimeAccepts(name) ? name : null;
};

/** True for a name `canonicalTimezone` resolves. */
export const isIanaTimezone = (name: unknown): name is string => canonicalTimezone(name) !== null;
