/**
 * True for an IANA time zone name this runtime knows, spelled as the tz database spells it
 * ("Europe/Copenhagen", "UTC", "America/Argentina/Buenos_Aires"). ICU also accepts lower-case
 * names and UTC offsets; both are refused so a stored value is always a canonical-looking name.
 */
export const isIanaTimezone = (name: unknown): name is string => {
  if (typeof name !== 'string' || !/^[A-Z][A-Za-z0-9_+-]*(\/[A-Z][A-Za-z0-9_+-]*)*$/.test(name)) {
    return false;
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
};
