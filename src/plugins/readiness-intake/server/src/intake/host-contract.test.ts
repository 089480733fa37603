import { HOST_CONTRACT, hostContentProblem } from './host-contract';

const withAttributes = (...names: string[]) => ({ attributes: Object.fromEntries(names.map((name) => [name, {}])) });

describe('hostContentProblem', () => {
  it.each(
    Object.entries(HOST_CONTRACT) as Array<[keyof typeof HOST_CONTRACT, (typeof HOST_CONTRACT)[keyof typeof HOST_CONTRACT]]>
  )('given a %s type with every attribute the contract names, when checked, then there is no problem', (need, { attributes }) => {
    expect(hostContentProblem(need, 'api::thing.thing', withAttributes(...attributes, 'extra'))).toBeNull();
  });

  it('given no content type under the uid, when checked, then the problem names the key, the uid and what is left out', () => {
    expect(hostContentProblem('recommendations', 'api::article.article', undefined)).toBe(
      'recommendations.contentType api::article.article does not exist, so respondents get no recommended reading'
    );
  });

  it('given an office type without its hours, when checked, then the problem names each missing attribute', () => {
    expect(hostContentProblem('offices', 'api::office.office', withAttributes('name', 'timezone'))).toBe(
      'offices.contentType api::office.office has no officeHoursStart, officeHoursEnd, so consultants see no working-hour overlap'
    );
  });

  it('given an article type without readinessDimensions, when checked, then the problem names that attribute only', () => {
    expect(hostContentProblem('recommendations', 'api::post.post', withAttributes('slug', 'title', 'summary'))).toMatch(
      /has no readinessDimensions, so/
    );
  });
});
