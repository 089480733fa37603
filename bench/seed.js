'use strict';
/**
 * Seeds a bench database, in a process of its own, then exits: boots the app in
 * BENCH_APP_DIR on the database the environment names (without listening) and writes
 * 50 authors, 30 related links and 500 published articles through the Document Service.
 * With BENCH_SEED_SUBMISSIONS=N (ours only) it also stores N readiness submissions, as a
 * busy year would leave them, and a super admin (BENCH_ADMIN_EMAIL / BENCH_ADMIN_PASSWORD)
 * the orchestrator logs in as.
 *
 * Submissions: a pool of real ones is taken through the intake service (the active
 * questionnaire, its real scoring, dimension scores, flags and score columns), then copied
 * in batches with their own reference, contact, status and date, so the inbox's filters,
 * search and stats work on what production stores.
 */
const { createStrapi } = require('@strapi/strapi');

const { appDirs } = require('./app-dir');

const log = (line) => process.stdout.write(`${line}\n`);

/** `data` without the fields `uid` does not have: the stock app has the same content types, but may lack a field. */
const known = (strapi, uid, data) => {
  const { attributes } = strapi.contentType(uid);
  return Object.fromEntries(Object.entries(data).filter(([key]) => key in attributes));
};

const seedContent = async (strapi) => {
  const authors = [];
  for (let i = 0; i < 50; i += 1) {
    const author = await strapi.documents('api::author.author').create({
      data: known(strapi, 'api::author.author', {
        name: `Author ${i}`,
        slug: `author-${i}`,
        role: 'Engineer',
        company: `Company ${i}`,
        bio: `Writes about backends, ${i}.`,
      }),
    });
    authors.push(author.documentId);
  }
  const links = [];
  for (let i = 0; i < 30; i += 1) {
    const link = await strapi
      .documents('api::related-link.related-link')
      .create({ data: { title: `Further reading ${i}`, url: `https://example.com/reading/${i}` } });
    links.push(link.documentId);
  }
  for (let i = 0; i < 500; i += 1) {
    await strapi.documents('api::article.article').create({
      // The slug is given, not generated: stock Strapi generates none outside its admin.
      data: known(strapi, 'api::article.article', {
        title: `Hiring backend contractors, part ${i}`,
        slug: `hiring-backend-contractors-part-${i}`,
        summary: `What a startup should write down before bringing in help, part ${i}.`,
        author: authors[i % authors.length],
        relatedLinks: [links[i % 30], links[(i + 7) % 30], links[(i + 13) % 30]],
        readinessDimensions: ['documentation', 'handoff'],
      }),
      status: 'published',
    });
    if ((i + 1) % 100 === 0) log(`  seeded ${i + 1} / 500 articles`);
  }
};

/** Answers to the active questionnaire (its full document, points included), different for each `variant`. */
const answersFor = (questionnaire, variant) => {
  const answers = {};
  questionnaire.dimensions.forEach((dimension, d) => {
    dimension.questions.forEach((question, q) => {
      // Every fourth variant gives each question its best answer (most points), every
      // fourth its worst, so the pool holds every band; the rest mix, "not sure" included.
      const byPoints = [...question.options].sort((a, b) => (a.points ?? 0) - (b.points ?? 0));
      const pick =
        variant % 4 === 0
          ? byPoints[byPoints.length - 1]
          : variant % 4 === 1
            ? byPoints[0]
            : question.options[(variant + d * 3 + q) % question.options.length];
      if (question.kind === 'single') answers[question.key] = pick.value;
      else if (question.kind === 'multi') answers[question.key] = [pick.value];
    });
  });
  return answers;
};

/** Turns the JSON columns a PostgreSQL select parsed back into text, so an insert stores them as they were. */
const asStored = (row) =>
  Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key,
      value !== null && typeof value === 'object' && !(value instanceof Date) ? JSON.stringify(value) : value,
    ])
  );

const POOL = 24;
const BATCH = 500;
const STATUSES = ['new', 'in_review', 'contacted', 'engaged', 'not_a_fit', 'spam'];

const seedSubmissions = async (strapi, total) => {
  const plugin = strapi.plugin('readiness-intake');
  const questionnaire = await plugin.service('questionnaires').getActive();
  log(`  questionnaire version ${questionnaire.version}, ${questionnaire.dimensions.length} dimensions`);
  const pool = Math.min(POOL, total);
  const references = [];
  for (let variant = 0; variant < pool; variant += 1) {
    const answer = await plugin.service('submissions').submit({
      questionnaireVersion: questionnaire.version,
      formToken: plugin.service('form-tokens').issue(questionnaire.version, Date.now() - 60_000),
      contact: {
        name: `Pool Person ${variant}`,
        email: `pool${variant}@company${variant}.example`,
        company: `Company ${variant}`,
        role: 'CTO',
        teamSize: (variant % 40) + 1,
        timezone: ['Europe/Copenhagen', 'Asia/Jakarta', 'America/New_York'][variant % 3],
      },
      answers: answersFor(questionnaire, variant),
      backlog: `A payments integration, variant ${variant}.`,
      consent: true,
    });
    references.push(answer.reference);
  }
  const knex = strapi.db.connection;
  const table = 'readiness_submissions';
  const templates = (await knex(table).whereIn('reference', references).select()).map(asStored);
  const bands = new Set(templates.map((row) => row.band));
  log(`  ${templates.length} scored through the intake (bands: ${[...bands].join(', ')}); copying the rest`);
  const start = Date.now() - total * 60_000;
  for (let offset = pool; offset < total; offset += BATCH) {
    const rows = [];
    for (let i = offset; i < Math.min(total, offset + BATCH); i += 1) {
      const { id, ...template } = templates[i % templates.length];
      const at = new Date(start + i * 60_000);
      const status = STATUSES[i % STATUSES.length];
      rows.push({
        ...template,
        document_id: `bench${i.toString(36).padStart(19, '0')}`,
        reference: `RI-B${i.toString(36).toUpperCase().padStart(9, '0')}`,
        received_at: at,
        status,
        spam: status === 'spam',
        contact_name: `Person ${i}`,
        contact_email: `person${i}@company${i % 997}.example`,
        company: `Company ${i % 997}`,
        team_size: (i % 40) + 1,
        consent_given_at: at,
        created_at: at,
        updated_at: at,
        published_at: at,
      });
    }
    await knex(table).insert(rows);
    const done = Math.min(total, offset + BATCH);
    if (done % 10_000 < BATCH || done === total) log(`  seeded ${done} / ${total} submissions`);
  }
};

const createAdmin = async (strapi, email, password) => {
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await strapi.service('admin::user').create({
    email,
    password,
    firstname: 'Bench',
    lastname: 'Admin',
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
};

// Seeding for an orchestrator that is gone is work nobody reads: stop with it.
process.on('disconnect', () => process.exit(1));

(async () => {
  const strapi = createStrapi({ ...appDirs(), serveAdminPanel: false });
  strapi.log.level = 'error';
  await strapi.load();
  const started = Date.now();
  log('  seeding 50 authors, 30 related links and 500 published articles...');
  await seedContent(strapi);
  const submissions = Number(process.env.BENCH_SEED_SUBMISSIONS ?? 0);
  if (submissions > 0) {
    log(`  seeding ${submissions} submissions...`);
    await seedSubmissions(strapi, submissions);
  }
  // What autovacuum does after a bulk load, and PostgreSQL's manual advises: without it the
  // planner guesses every table's contents (the shared server may run with autovacuum off,
  // so nothing else ever analyzes the bench's databases), which no production database
  // serving 100k rows would be left to do.
  if (strapi.db.dialect.client === 'postgres') await strapi.db.connection.raw('ANALYZE');
  if (process.env.BENCH_ADMIN_EMAIL) await createAdmin(strapi, process.env.BENCH_ADMIN_EMAIL, process.env.BENCH_ADMIN_PASSWORD);
  log(`  seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await strapi.destroy();
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
