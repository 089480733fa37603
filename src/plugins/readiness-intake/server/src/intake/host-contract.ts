/**
 * What the plugin reads from the host app, and what it does without it. The content types
 * are named in the plugin's config (`recommendations.contentType`, `offices.contentType`);
 * each must have these attributes, or the plugin leaves that feature out rather than fail.
 */
export const HOST_CONTRACT = {
  recommendations: {
    attributes: ['slug', 'title', 'summary', 'readinessDimensions'],
    without: 'respondents get no recommended reading',
  },
  offices: {
    attributes: ['name', 'timezone', 'officeHoursStart', 'officeHoursEnd'],
    without: 'consultants see no working-hour overlap',
  },
} as const;

export type HostNeed = keyof typeof HOST_CONTRACT;

/** A content type as far as the contract looks at it: the names of its attributes. */
export type HostContentType = { attributes: Record<string, unknown> } | undefined;

/**
 * Why the host's content type `uid` cannot serve `need`, in a phrase a log line can carry,
 * or null when it has everything the contract asks for.
 */
export const hostContentProblem = (need: HostNeed, uid: string, contentType: HostContentType): string | null => {
  const { attributes, without } = HOST_CONTRACT[need];
  if (!contentType) return `${need}.contentType ${uid} does not exist, so ${without}`;
  const missing = attributes.filter((name) => !(name in contentType.attributes));
  if (missing.length === 0) return null;
  return `${need}.contentType ${uid} has no ${missing.join(', ')}, so ${without}`;
};
