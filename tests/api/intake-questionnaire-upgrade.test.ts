import { DEFAULT_QUESTIONNAIRE, QUESTIONNAIRE_V1, QUESTIONNAIRE_V2 } from 'strapi-plugin-readiness-intake/strapi-server';
import { submitIntake, type PublicQuestionnaire } from '../support/intake';
import { startApp, type TestApp } from '../support/strapi';

const QUESTIONNAIRE = 'plugin::readiness-intake.questionnaire';
const SUBMISSION = 'plugin::readiness-intake.submission';

let app: TestApp | undefined;

afterEach(async () => {
  await app?.stop();
  app = undefined;
});

const versions = async (running: TestApp) =>
  (await running.strapi.db.query(QUESTIONNAIRE).findMany({ orderBy: { version: 'asc' } })).map(
    (row: { version: number; active: boolean }) => [row.version, row.active]
  );

/**
 * Turns a fresh database into one an earlier release of the plugin left: only `document`
 * stored, active, and one submission scored under it.
 */
const leaveOnlyVersion = async (running: TestApp, document: typeof QUESTIONNAIRE_V1) => {
  await running.strapi.db.query(QUESTIONNAIRE).deleteMany({});
  await running.strapi.db.query(QUESTIONNAIRE).create({
    data: { version: document.version, title: document.title, document, active: true, activatedAt: new Date() },
  });
  const questionnaire: PublicQuestionnaire = (await running.http().get('/api/readiness-intake/questionnaire').expect(200)).body
    .data;
  expect(questionnaire.version).toBe(document.version);
  return submitIntake(running, questionnaire, { pick: 'first' });
};

describe('the default questionnaire across plugin upgrades', () => {
  it('on a fresh database, stores the newest default, with the report texts and translations, and activates it', async () => {
    app = await startApp();
    expect(await versions(app)).toEqual([[DEFAULT_QUESTIONNAIRE.version, true]]);
    const active = await app.strapi.plugin('readiness-intake').service('questionnaires').getActive();
    expect(active.report).toEqual(DEFAULT_QUESTIONNAIRE.report);
    expect(active.translations).toEqual(DEFAULT_QUESTIONNAIRE.translations);
  });

  it('on a database left on version 2 as shipped, activates the translated default at start, leaving stored results alone', async () => {
    // Given a database the last release left: version 2 active, a submission scored under it
    app = await startApp();
    const before = await leaveOnlyVersion(app, QUESTIONNAIRE_V2);
    await app.stop({ keepDatabase: true });

    // When the app starts again with this release
    app = await startApp({}, { database: app.database });

    // Then the translated default is active, its Danish text served, and the submission untouched
    expect(await versions(app)).toEqual([
      [2, false],
      [DEFAULT_QUESTIONNAIRE.version, true],
    ]);
    const form = await app.http().get('/api/readiness-intake/questionnaire?locale=da').expect(200);
    expect([form.body.data.version, form.body.data.locale]).toEqual([DEFAULT_QUESTIONNAIRE.version, 'da']);
    const after = await app.strapi.db.query(SUBMISSION).findOne({ where: { id: before.id } });
    expect([after.questionnaireVersion, after.overallScore, after.band, after.locale]).toEqual([
      2,
      before.overallScore,
      before.band,
      before.locale,
    ]);
  });

  it('on a database left on version 1 as shipped, activates the new default at start, leaving stored results alone', async () => {
    // Given a database an earlier release left: version 1 active, a submission scored under it
    app = await startApp();
    const before = await leaveOnlyVersion(app, QUESTIONNAIRE_V1);
    await app.stop({ keepDatabase: true });

    // When the app starts again with this release
    app = await startApp({}, { database: app.database });

    // Then the new default is stored and active, version 1 kept, and the submission untouched
    expect(await versions(app)).toEqual([
      [1, false],
      [DEFAULT_QUESTIONNAIRE.version, true],
    ]);
    const form = await app.http().get('/api/readiness-intake/questionnaire').expect(200);
    expect(form.body.data.version).toBe(DEFAULT_QUESTIONNAIRE.version);
    const after = await app.strapi.db.query(SUBMISSION).findOne({ where: { id: before.id } });
    expect([after.questionnaireVersion, after.overallScore, after.band]).toEqual([1, before.overallScore, before.band]);

    // And a later start changes nothing, even after an operator goes back to version 1
    await app.strapi.plugin('readiness-intake').service('questionnaires').activate(1);
    await app.stop({ keepDatabase: true });
    app = await startApp({}, { database: app.database });
    expect(await versions(app)).toEqual([
      [1, true],
      [DEFAULT_QUESTIONNAIRE.version, false],
    ]);
  });

  it('on a database running a version of its own, stores the new default beside it, inactive', async () => {
    // Given a database whose active version 1 is the operator's own wording
    app = await startApp();
    await leaveOnlyVersion(app, { ...structuredClone(QUESTIONNAIRE_V1), title: 'Our own questionnaire' });
    await app.stop({ keepDatabase: true });

    // When the app starts again
    app = await startApp({}, { database: app.database });

    // Then the operator's version stays active
    expect(await versions(app)).toEqual([
      [1, true],
      [DEFAULT_QUESTIONNAIRE.version, false],
    ]);
  });
});
