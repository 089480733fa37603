import { inboxFilterQuery, inboxListQuery } from './filter-query';

const pathsOf = (input: Record<string, unknown>) => {
  const parsed = inboxFilterQuery.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
};

describe('the inbox filter query', () => {
  it('turns dimension and below into one filter', () => {
    expect(inboxFilterQuery.parse({ dimension: 'handoff', below: '40', flag: 'dont_know' })).toEqual({
      scoreBelow: { dimension: 'handoff', below: 40 },
      flag: 'dont_know',
    });
    expect(inboxFilterQuery.parse({ dimension: 'async', below: '0' }).scoreBelow).toEqual({ dimension: 'async', below: 0 });
    expect(inboxFilterQuery.parse({ dimension: 'async', below: '100' }).scoreBelow).toEqual({ dimension: 'async', below: 100 });
  });

  it.each([
    [{ dimension: 'handoff' }, 'below'],
    [{ below: '40' }, 'dimension'],
    [{ dimension: 'vibes', below: '40' }, 'dimension'],
    [{ dimension: 'handoff', below: '101' }, 'below'],
    [{ dimension: 'handoff', below: '007' }, 'below'],
    [{ dimension: 'handoff', below: '4.5' }, 'below'],
    [{ dimension: 'handoff', below: 40 }, 'below'],
    [{ flag: 'contradictions' }, 'flag'],
    [{ page: '2' }, ''],
  ])('refuses %j, naming %s', (input, path) => {
    expect(pathsOf(input)).toContain(path);
  });

  it('takes a page in the list query only', () => {
    expect(inboxListQuery.parse({ page: '2', flag: 'contradiction' })).toEqual({ page: 2, pageSize: 25, flag: 'contradiction' });
    expect(inboxFilterQuery.safeParse({ pageSize: '10' }).success).toBe(false);
  });
});
