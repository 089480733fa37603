import { loginAdminWithRole, loginConsultant } from '../support/auth';
import { startApp, type TestApp } from '../support/strapi';

let app: TestApp;
let first: { token: string; id: number };
let second: { token: string; id: number };
let editorToken: string;

const VIEW = 'plugin::readiness-intake.saved-view';

const as = (token: string) => ({
  list: () => app.http().get('/readiness-intake/views').set('Authorization', `Bearer ${token}`),
  save: (body: unknown) =>
    app
      .http()
      .post('/readiness-intake/views')
      .set('Authorization', `Bearer ${token}`)
      .send(body as object),
  remove: (id: number | string) => app.http().delete(`/readiness-intake/views/${id}`).set('Authorization', `Bearer ${token}`),
});
const stored = () => app.strapi.db.query(VIEW).count({});

beforeAll(async () => {
  app = await startApp({ INTAKE_JOBS_ENABLED: 'false' });
  first = await loginConsultant(app, 'first-views@example.com');
  second = await loginConsultant(app, 'second-views@example.com');
  editorToken = await loginAdminWithRole(app, 'strapi-editor');
});

afterAll(() => app.stop());

describe('saved views', () => {
  const weakDocs = { dimension: 'documentation', below: '50', flag: 'dont_know', sort: 'overallScore:asc' };

  it('saves the filters under a name and lists the caller’s views by name', async () => {
    // Given no views yet
    expect((await as(first.token).list().expect(200)).body).toEqual({ data: [] });

    // When the admin saves two
    const saved = (await as(first.token).save({ name: 'Weak docs', filters: weakDocs }).expect(201)).body.data;
    await as(first.token)
      .save({ name: 'All new', filters: { status: 'new' } })
      .expect(201);

    // Then each is answered as stored, and the list is by name
    expect(saved).toEqual({
      id: expect.any(Number),
      name: 'Weak docs',
      filters: weakDocs,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const views = (await as(first.token).list().expect(200)).body.data;
    expect(views.map((view: { name: string }) => view.name)).toEqual(['All new', 'Weak docs']);
    expect(views[1]).toEqual(saved);
  });

  it('replaces the filters of a view saved again under the same name', async () => {
    const before = await stored();
    const original = (await as(first.token).list().expect(200)).body.data.find((v: { name: string }) => v.name === 'Weak docs');

    const replaced = (
      await as(first.token)
        .save({ name: 'Weak docs', filters: { flag: 'contradiction' } })
        .expect(201)
    ).body.data;

    expect(replaced.id).toBe(original.id);
    expect(replaced.filters).toEqual({ flag: 'contradiction' });
    expect(await stored()).toBe(before);
    await as(first.token).save({ name: 'Weak docs', filters: weakDocs }).expect(201);
  });

  it('keeps each admin’s views to that admin', async () => {
    const mine = (await as(first.token).list().expect(200)).body.data;

    // The second admin sees none of them, cannot delete them, and has a name of its own
    expect((await as(second.token).list().expect(200)).body.data).toEqual([]);
    for (const view of mine) {
      const error = (await as(second.token).remove(view.id).expect(404)).body.error;
      expect(error.name).toBe('NotFoundError');
    }
    const theirs = (
      await as(second.token)
        .save({ name: 'Weak docs', filters: { band: 'close' } })
        .expect(201)
    ).body.data;

    expect(theirs.id).not.toBe(mine.find((v: { name: string }) => v.name === 'Weak docs').id);
    expect((await as(first.token).list().expect(200)).body.data).toEqual(mine);
    expect((await as(second.token).list().expect(200)).body.data).toEqual([theirs]);
  });

  it('deletes one of the caller’s views, once', async () => {
    const view = (await as(first.token).save({ name: 'Short-lived', filters: {} }).expect(201)).body.data;

    expect((await as(first.token).remove(view.id).expect(200)).body.data).toEqual(view);
    await as(first.token).remove(view.id).expect(404);
    await as(first.token).remove('abc').expect(400);
    await as(first.token).remove('0').expect(400);
    expect((await as(first.token).list().expect(200)).body.data.map((v: { name: string }) => v.name)).not.toContain(
      'Short-lived'
    );
  });

  it.each([
    ['an unknown key', { name: 'x', filters: {}, owner: 1 }, ''],
    ['no name', { filters: {} }, 'name'],
    ['an empty name', { name: '   ', filters: {} }, 'name'],
    ['a name over 100 characters', { name: 'x'.repeat(101), filters: {} }, 'name'],
    ['a name that is not text', { name: 7, filters: {} }, 'name'],
    ['no filters', { name: 'x' }, 'filters'],
    ['filters that are a list', { name: 'x', filters: [] }, 'filters'],
    ['filters that are text', { name: 'x', filters: 'status=new' }, 'filters'],
    ['an unknown filter', { name: 'x', filters: { colour: 'red' } }, 'filters'],
    ['a page', { name: 'x', filters: { page: '2' } }, 'filters'],
    ['a page size', { name: 'x', filters: { pageSize: '10' } }, 'filters'],
    ['a status the inbox does not know', { name: 'x', filters: { status: 'maybe' } }, 'filters.status'],
    ['a dimension without below', { name: 'x', filters: { dimension: 'handoff' } }, 'filters.below'],
    ['below out of range', { name: 'x', filters: { dimension: 'handoff', below: '101' } }, 'filters.below'],
    ['a value that is not text', { name: 'x', filters: { assignee: 3 } }, 'filters.assignee'],
    ['a bad sort', { name: 'x', filters: { sort: 'contactEmail:asc' } }, 'filters.sort'],
  ])('refuses %s with a 400 naming the field, and stores nothing', async (_what, body, path) => {
    const before = await stored();

    const error = (await as(first.token).save(body).expect(400)).body.error;

    expect(error.name).toBe('ValidationError');
    expect(error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toContain(path);
    expect(await stored()).toBe(before);
  });

  it('holds at most 50 views an admin, and still replaces one at the limit', async () => {
    // Given the second admin has 50 views
    const have = (await as(second.token).list().expect(200)).body.data.length;
    for (let index = have; index < 50; index += 1) {
      await as(second.token)
        .save({ name: `View ${String(index).padStart(2, '0')}`, filters: { q: `team ${index}` } })
        .expect(201);
    }
    const before = await stored();

    // Then a 51st is refused, naming the name, and a known name is still replaced
    const error = (await as(second.token).save({ name: 'One too many', filters: {} }).expect(400)).body.error;
    expect(error.details.errors[0].path).toEqual(['name']);
    await as(second.token)
      .save({ name: 'Weak docs', filters: { band: 'ready' } })
      .expect(201);
    expect(await stored()).toBe(before);
    // And the first admin, with a few, is not held back by the second's
    await as(first.token).save({ name: 'Another', filters: {} }).expect(201);
  });

  it('needs the read permission', async () => {
    await as(editorToken).list().expect(403);
    await as(editorToken).save({ name: 'x', filters: {} }).expect(403);
    await as(editorToken).remove(1).expect(403);
  });

  it('takes no parameters on the list', async () => {
    const error = (
      await app.http().get('/readiness-intake/views?mine=1').set('Authorization', `Bearer ${first.token}`).expect(400)
    ).body.error;
    expect(error.name).toBe('ValidationError');
  });

  it('leaves the other admins’ views working when an admin is deleted', async () => {
    // Given the second admin, with views, is deleted
    await app.strapi.service('admin::user').deleteById(second.id);

    // Then the first admin's views list and save as before
    expect((await as(first.token).list().expect(200)).body.data.length).toBeGreaterThan(0);
    await as(first.token)
      .save({ name: 'After', filters: { flag: 'dont_know' } })
      .expect(201);
  });
});
