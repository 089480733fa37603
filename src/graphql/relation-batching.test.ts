import { pageOf, queryKey } from './relation-batching';

describe('queryKey', () => {
  it('is the same for the same query built twice, and differs when the query does', () => {
    const query = () => ({ where: { publishedAt: { $notNull: true } }, orderBy: [{ title: 'asc' }], limit: 25, offset: 0 });
    expect(queryKey(query())).toBe(queryKey(query()));
    expect(queryKey({ ...query(), limit: 10 })).not.toBe(queryKey(query()));
    expect(queryKey({ where: { publishedAt: { $gt: new Date(0) } } })).not.toBe(
      queryKey({ where: { publishedAt: { $gt: new Date(1) } } })
    );
    expect(queryKey(undefined)).toBe(queryKey({}));
  });

  it('is null for a query JSON cannot tell apart: a function, a class instance, a raw fragment', () => {
    expect(queryKey({ where: { id: () => 1 } })).toBeNull();
    expect(queryKey({ where: { id: new (class Raw {})() } })).toBeNull();
    expect(queryKey({ where: { id: 1n } })).toBeNull();
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(queryKey(circular)).toBeNull();
  });
});

describe('pageOf', () => {
  const rows = [1, 2, 3, 4, 5];

  it("cuts one parent's rows as its own query's limit and offset would", () => {
    expect(pageOf(rows, { limit: 2 })).toEqual([1, 2]);
    expect(pageOf(rows, { offset: 1, limit: 2 })).toEqual([2, 3]);
    expect(pageOf(rows, { offset: 4, limit: 25 })).toEqual([5]);
    expect(pageOf(rows, { offset: 9, limit: 2 })).toEqual([]);
    expect(pageOf(rows, { limit: 0 })).toEqual([]);
  });

  it('keeps every row without a limit, or with the -1 that means none', () => {
    expect(pageOf(rows, {})).toEqual(rows);
    expect(pageOf(rows, { limit: -1 })).toEqual(rows);
    expect(pageOf(rows, { offset: 3 })).toEqual([4, 5]);
  });
});
