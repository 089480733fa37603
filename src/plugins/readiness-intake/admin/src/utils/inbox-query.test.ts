import { inboxParams, queryOfView, sameFilters, viewFiltersOf, type InboxQuery } from './inbox-query';

describe('the inbox query and saved views', () => {
  const query: InboxQuery = {
    page: '3',
    pageSize: '50',
    _q: 'fjord',
    status: 'new',
    assignee: '7',
    dimension: 'handoff',
    below: '40',
    flag: 'dont_know',
    from: '2026-03-01',
    to: '2026-03-31',
    sort: 'overallScore:asc',
  };

  it('sends the dimension, its score and the flag to the API', () => {
    expect(inboxParams(query)).toMatchObject({ dimension: 'handoff', below: 40, flag: 'dont_know' });
    expect(inboxParams({ dimension: '', below: '', flag: '' })).toEqual({});
  });

  it('saves the filters without the page, every value as text', () => {
    // When the URL's filters are saved
    const filters = viewFiltersOf(query);

    // Then they are the API's parameters, without page and pageSize, as strings
    expect(filters).toEqual({
      q: 'fjord',
      status: 'new',
      assignee: '7',
      dimension: 'handoff',
      below: '40',
      flag: 'dont_know',
      from: inboxParams(query).from,
      to: inboxParams(query).to,
      sort: 'overallScore:asc',
    });
  });

  it('gives back the URL the view was saved from, days included, without the page', () => {
    const { page: _page, pageSize: _pageSize, ...filters } = query;
    expect(queryOfView(viewFiltersOf(query))).toEqual(filters);
  });

  it('drops a stored instant that is not one', () => {
    expect(queryOfView({ from: 'soon', status: 'new' })).toEqual({ status: 'new' });
  });

  it('compares filters whatever the order of their keys', () => {
    expect(sameFilters({ status: 'new', flag: 'dont_know' }, { flag: 'dont_know', status: 'new' })).toBe(true);
    expect(sameFilters({ status: 'new' }, { status: 'new', flag: 'dont_know' })).toBe(false);
  });
});
