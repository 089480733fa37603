import type { Core } from '@strapi/strapi';

import { ADMIN_UIDS, MODEL_UIDS } from '../../../../shared/constants';
import type { Question, QuestionnaireDocument } from '../../../../shared/contracts/questionnaires';
import { adminName } from '../../utils/admin-name';
import { getService } from '../../utils/get-service';

type Profile = 'strong' | 'mixed' | 'weak' | 'unsure';

/** Invented client teams, from ready to not yet, so the consultants' panel has something to triage. */
const DEMO_TEAMS: Array<{
  company: string;
  name: string;
  email: string;
  role: string;
  teamSize: number;
  timezone: string;
  profile: Profile;
  daysAgo: number;
  backlog: string;
}> = [
  {
    company: 'Nordlys Health',
    name: 'Ingrid Solberg',
    email: 'ingrid@nordlys.example',
    role: 'CTO',
    teamSize: 9,
    timezone: 'Europe/Oslo',
    profile: 'strong',
    daysAgo: 1,
    backlog:
      'Move appointment reminders off the monolith into a queue-backed service; the spec and the API contract are written.',
  },
  {
    company: 'Kopi Labs',
    name: 'Budi Santoso',
    email: 'budi@kopilabs.example',
    role: 'Head of Engineering',
    teamSize: 5,
    timezone: 'Asia/Jakarta',
    profile: 'mixed',
    daysAgo: 2,
    backlog: 'Rate limiting for the public API and an audit log for admin actions.',
  },
  {
    company: 'Tidewater Freight',
    name: 'Sam Okafor',
    email: 'sam@tidewater.example',
    role: 'Founder',
    teamSize: 3,
    timezone: 'Europe/London',
    profile: 'weak',
    daysAgo: 3,
    backlog: 'Everything is urgent. The person who built the backend left in March.',
  },
  {
    company: 'Brightpath Learning',
    name: 'Lena Fischer',
    email: 'lena@brightpath.example',
    role: 'VP Engineering',
    teamSize: 14,
    timezone: 'Europe/Berlin',
    profile: 'strong',
    daysAgo: 5,
    backlog: 'A reporting service over our Postgres read replica, with the metrics defined by product.',
  },
  {
    company: 'Mango Payments',
    name: 'Priya Raman',
    email: 'priya@mango.example',
    role: 'Engineering Manager',
    teamSize: 7,
    timezone: 'Asia/Singapore',
    profile: 'unsure',
    daysAgo: 6,
    backlog: 'Webhook retries and idempotency keys for payouts.',
  },
  {
    company: 'Fjeld Robotics',
    name: 'Mikkel Dahl',
    email: 'mikkel@fjeld.example',
    role: 'CTO',
    teamSize: 6,
    timezone: 'Europe/Copenhagen',
    profile: 'mixed',
    daysAgo: 9,
    backlog: 'Telemetry ingestion from the robots, about 2k events a second at peak.',
  },
  {
    company: 'Coastline Legal',
    name: 'Ana Sousa',
    email: 'ana@coastline.example',
    role: 'Product lead',
    teamSize: 2,
    timezone: 'Europe/Lisbon',
    profile: 'weak',
    daysAgo: 12,
    backlog: 'We are not sure yet; maybe a client portal.',
  },
  {
    company: 'Harbor Analytics',
    name: 'Tom Becker',
    email: 'tom@harbor.example',
    role: 'Staff engineer',
    teamSize: 11,
    timezone: 'America/New_York',
    profile: 'strong',
    daysAgo: 15,
    backlog: 'Split the ETL jobs out of cron into a scheduler with retries; runbooks exist for each job.',
  },
];

/** The option a team of this profile would pick: the best, the worst, one in between, or "not sure". */
const pick = (question: Question, profile: Profile, index: number): string => {
  const sure = question.options.filter((option) => !option.dontKnow);
  const sorted = [...sure].sort((a, b) => a.points - b.points);
  const unsure = question.options.find((option) => option.dontKnow);
  if (profile === 'unsure' && unsure && index % 2 === 0) return unsure.value;
  if (profile === 'strong' || profile === 'unsure') return sorted[sorted.length - 1].value;
  if (profile === 'weak') return sorted[0].value;
  return sorted[index % 2 === 0 ? sorted.length - 1 : Math.floor(sorted.length / 2)].value;
};

const answersFor = (questionnaire: QuestionnaireDocument, profile: Profile) =>
  Object.fromEntries(
    questionnaire.dimensions
      .flatMap((dimension) => dimension.questions)
      .filter((question) => question.kind !== 'text')
      .map((question, index) => {
        const value = pick(question, profile, index);
        return [question.key, question.kind === 'multi' ? [value] : value];
      })
  );

/**
 * Demo submissions, sent through the plugin's own submit (validation, scoring, overlap),
 * spread over the last two weeks; a few are triaged and rated by the demo admin so the
 * dashboard and the audit history have something to show. Runs on an empty inbox only.
 */
const seedSubmissions = async (strapi: Core.Strapi, { adminEmail }: { adminEmail: string }) => {
  if ((await strapi.db.query(MODEL_UIDS.submission).count()) > 0) return 0;
  const questionnaire = await getService(strapi, 'questionnaires').getActive();
  const admin = await strapi.db.query(ADMIN_UIDS.user).findOne({ where: { email: adminEmail.toLowerCase() } });

  for (const team of DEMO_TEAMS) {
    const receivedAt = Date.now() - team.daysAgo * 86_400_000 - 3 * 3_600_000;
    const { reference } = await getService(strapi, 'submissions').submit(
      {
        questionnaireVersion: questionnaire.version,
        formToken: getService(strapi, 'form-tokens').issue(questionnaire.version, receivedAt - 5 * 60_000),
        contact: {
          name: team.name,
          email: team.email,
          company: team.company,
          role: team.role,
          teamSize: team.teamSize,
          timezone: team.timezone,
        },
        answers: answersFor(questionnaire, team.profile),
        backlog: team.backlog,
        consent: true,
      },
      { now: receivedAt }
    );
    if (!admin || team.daysAgo < 5) continue;
    // The older ones have been looked at: assigned, moved on, and one rated against the machine.
    const { id } = await strapi.db.query(MODEL_UIDS.submission).findOne({ where: { reference } });
    const actor = { id: admin.id, name: adminName(admin)! };
    const triage = getService(strapi, 'triage');
    await triage.updateTriage(id, { status: team.profile === 'weak' ? 'not_a_fit' : 'contacted', assignee: admin.id }, actor);
    if (team.profile === 'unsure') {
      await triage.rate(
        id,
        { band: 'close', reason: 'The call showed their docs are better than the "not sure" answers suggest.' },
        actor
      );
    }
    await triage.addNote(id, `Intro call done with ${team.name}.`, actor);
  }
  return DEMO_TEAMS.length;
};

/**
 * Demo data for a host's demo seed: `strapi.plugin('readiness-intake').service('demo').seedSubmissions({ adminEmail })`
 * fills an empty inbox and answers how many it created.
 */
const demo = ({ strapi }: { strapi: Core.Strapi }) => ({
  seedSubmissions: (options: { adminEmail: string }) => seedSubmissions(strapi, options),
});

export type DemoService = ReturnType<typeof demo>;

export default demo;
