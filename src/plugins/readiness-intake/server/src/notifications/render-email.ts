import escapeHtml from 'escape-html';

import type { ReportTexts } from '../../../shared/contracts/questionnaires';
import type { DimensionScore, Flag } from '../../../shared/contracts/submissions';
import { READINESS_DIMENSIONS } from '../../../shared/dimensions';
import { BAND_LABELS, type Band } from '../../../shared/intake';
import { reportStringsFor } from './report-strings';

export type RenderedEmail = { subject: string; text: string; html: string };

export type NotificationInput = {
  reference: string;
  company: string;
  contactName: string;
  contactEmail: string;
  role?: string | null;
  teamSize?: number | null;
  overallScore: number;
  band: Band;
  dimensions: Array<Pick<DimensionScore, 'key' | 'score'>>;
  flags: Flag[];
  /** Where a consultant opens the submission in the admin. */
  submissionUrl: string;
};

export type ConfirmationInput = { contactName: string; company: string; reference: string; companyName: string };

export type ReportInput = {
  contactName: string;
  company: string;
  reference: string;
  /** Who signs it: the firm's name. */
  companyName: string;
  band: Band;
  overallScore: number;
  /** Every dimension, in the questionnaire's order, with its title there. */
  dimensions: Array<{ key: string; title: string; score: number }>;
  /** The questionnaire's readings and advice; without them the report has scores and links only. */
  texts?: ReportTexts;
  /** Recommended articles, with their absolute URLs on the website. */
  articles: Array<{ title: string; summary: string | null; url: string }>;
  /** The language of the report's own words (the titles and texts above come in it already); English when absent. */
  locale?: string;
};

const dimensionTitle = (key: string) => READINESS_DIMENSIONS.find((dimension) => dimension.key === key)?.title ?? key;

/** A subject line holds no line breaks: a submitted value must not be able to add headers. */
const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ').trim();

/** The HTML part's document around its body: every email of the plugin looks alike. */
const htmlDocument = (body: string) => `<!doctype html>
<html><body style="font-family: -apple-system, Segoe UI, Helvetica, Arial, sans-serif; color: #212134;">
${body}</body></html>
`;

/**
 * The email consultants get for a new submission, as text and as HTML. Every submitted
 * value goes through escape-html in the HTML part, so a company called `<script>` is text
 * in every mail client.
 */
export const renderNotification = (input: NotificationInput): RenderedEmail => {
  const band = BAND_LABELS[input.band];
  const contact = `${input.contactName} <${input.contactEmail}>`;
  const who = [input.role, input.teamSize ? `team of ${input.teamSize}` : null].filter(Boolean).join(', ');
  const subject = oneLine(`New readiness intake: ${input.company} — ${band} (${input.overallScore}/100)`);

  const text = [
    `${input.company} sent the readiness questionnaire (${input.reference}).`,
    '',
    `Contact: ${contact}${who ? ` (${who})` : ''}`,
    `Band: ${band}`,
    `Overall score: ${input.overallScore}/100`,
    '',
    'Dimension scores:',
    ...input.dimensions.map((dimension) => `  ${dimensionTitle(dimension.key)}: ${dimension.score}/100`),
    '',
    input.flags.length === 0 ? 'Flags: none' : `Flags (${input.flags.length}):`,
    ...input.flags.map((flag) => `  - ${flag.message}`),
    '',
    `Open it in the admin: ${input.submissionUrl}`,
    '',
  ].join('\n');

  const e = escapeHtml;
  const html = htmlDocument(`<p><strong>${e(input.company)}</strong> sent the readiness questionnaire (${e(input.reference)}).</p>
<p>Contact: ${e(input.contactName)} &lt;<a href="mailto:${e(input.contactEmail)}">${e(input.contactEmail)}</a>&gt;${who ? ` (${e(who)})` : ''}</p>
<p>Band: <strong>${e(band)}</strong><br>Overall score: <strong>${input.overallScore}/100</strong></p>
<table cellpadding="4" style="border-collapse: collapse;">
<thead><tr><th align="left">Dimension</th><th align="right">Score</th></tr></thead>
<tbody>
${input.dimensions.map((dimension) => `<tr><td>${e(dimensionTitle(dimension.key))}</td><td align="right">${dimension.score}</td></tr>`).join('\n')}
</tbody>
</table>
${
  input.flags.length === 0
    ? '<p>Flags: none</p>'
    : `<p>Flags (${input.flags.length}):</p>\n<ul>\n${input.flags.map((flag) => `<li>${e(flag.message)}</li>`).join('\n')}\n</ul>`
}
<p><a href="${e(input.submissionUrl)}">Open the submission in the admin</a></p>
`);
  return { subject, text, html };
};

/** The optional acknowledgement to the respondent: no scores, just that it arrived. */
export const renderConfirmation = (input: ConfirmationInput): RenderedEmail => {
  const subject = oneLine(`We received your answers, ${input.contactName}`);
  const text = [
    `Hello ${input.contactName},`,
    '',
    `Thank you for telling us how ${input.company} works. A consultant reads every questionnaire and will get back to you within two working days.`,
    '',
    `Your reference: ${input.reference}`,
    '',
    `— ${input.companyName}`,
    '',
  ].join('\n');
  const e = escapeHtml;
  const html = htmlDocument(`<p>Hello ${e(input.contactName)},</p>
<p>Thank you for telling us how ${e(input.company)} works. A consultant reads every questionnaire and will get back to you within two working days.</p>
<p>Your reference: ${e(input.reference)}</p>
<p>— ${e(input.companyName)}</p>
`);
  return { subject, text, html };
};

/**
 * The readiness report a respondent asks for: the band and what it means, every
 * dimension's score with the questionnaire's advice where it is low, and the recommended
 * articles as links, as text and as HTML. Every value is escaped in the HTML part,
 * the questionnaire's own words as much as the respondent's.
 */
export const renderReport = (input: ReportInput): RenderedEmail => {
  const words = reportStringsFor(input.locale);
  const band = words.bandLabels[input.band];
  const reading = input.texts?.bandReadings[input.band];
  const adviceFor = (dimension: ReportInput['dimensions'][number]) =>
    input.texts && dimension.score < input.texts.lowScoreBelow
      ? (input.texts.advice[dimension.key as keyof ReportTexts['advice']] ?? null)
      : null;
  const subject = oneLine(words.subject(band, input.overallScore));

  const text = [
    words.hello(input.contactName),
    '',
    words.intro(input.company, input.reference),
    '',
    `${band}: ${input.overallScore}/100`,
    ...(reading ? ['', reading] : []),
    '',
    words.yourScores,
    ...input.dimensions.flatMap((dimension) => {
      const advice = adviceFor(dimension);
      return [`  ${dimension.title}: ${dimension.score}/100`, ...(advice ? [`    ${words.whatToDo}: ${advice}`] : [])];
    }),
    ...(input.articles.length > 0
      ? [
          '',
          words.reading,
          ...input.articles.map(
            (article) => `  ${article.title}: ${article.url}${article.summary ? `\n    ${article.summary}` : ''}`
          ),
        ]
      : []),
    '',
    `— ${input.companyName}`,
    '',
  ].join('\n');

  const e = escapeHtml;
  const html = htmlDocument(`<p>${e(words.hello(input.contactName))}</p>
<p>${e(words.intro(input.company, input.reference))}</p>
<h2 style="font-size: 18px;">${e(band)}: ${input.overallScore}/100</h2>
${reading ? `<p>${e(reading)}</p>\n` : ''}<table cellpadding="4" style="border-collapse: collapse;">
<thead><tr><th align="left">${e(words.dimension)}</th><th align="right">${e(words.score)}</th><th align="left">${e(words.whatToDo)}</th></tr></thead>
<tbody>
${input.dimensions
  .map((dimension) => {
    const advice = adviceFor(dimension);
    return `<tr><td>${e(dimension.title)}</td><td align="right">${dimension.score}</td><td>${advice ? e(advice) : ''}</td></tr>`;
  })
  .join('\n')}
</tbody>
</table>
${
  input.articles.length > 0
    ? `<p>${e(words.reading)}</p>\n<ul>\n${input.articles
        .map(
          (article) =>
            `<li><a href="${e(article.url)}">${e(article.title)}</a>${article.summary ? `<br>${e(article.summary)}` : ''}</li>`
        )
        .join('\n')}\n</ul>\n`
    : ''
}<p>— ${e(input.companyName)}</p>
`);
  return { subject, text, html };
};

/** One submission as a nudge lists it: no contact details, which stay in the admin. */
export type NudgeItem = {
  reference: string;
  company: string;
  band: Band;
  overallScore: number;
  receivedAt: Date;
  /** Where a consultant opens it in the admin. */
  url: string;
};

export type AssignmentInput = {
  assigneeName: string;
  /** Who assigned them. */
  assignedBy: string;
  submissions: NudgeItem[];
  /** The inbox filtered to what is assigned to the reader. */
  inboxUrl: string;
};

export type ReminderInput = {
  triageSlaHours: number;
  /** The overdue submissions the email lists, oldest first; `total` may be more. */
  submissions: NudgeItem[];
  total: number;
  /** The inbox filtered to the overdue submissions. */
  inboxUrl: string;
  now: Date;
};

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

const itemLine = (item: NudgeItem) => `${item.company} (${item.reference}), ${BAND_LABELS[item.band]} ${item.overallScore}/100`;

/** How long ago, in whole hours or days, for a reader deciding what to open first. */
const ageOf = (receivedAt: Date, now: Date) => {
  const hours = Math.max(0, Math.floor((now.getTime() - receivedAt.getTime()) / 3_600_000));
  return hours < 48 ? plural(hours, 'hour') : plural(Math.floor(hours / 24), 'day');
};

const itemsHtml = (items: NudgeItem[], detail: (item: NudgeItem) => string) =>
  `<ul>\n${items
    .map(
      (item) =>
        `<li><a href="${escapeHtml(item.url)}"><strong>${escapeHtml(item.company)}</strong></a> (${escapeHtml(item.reference)}), ${escapeHtml(detail(item))}</li>`
    )
    .join('\n')}\n</ul>`;

/**
 * The email an admin gets when submissions are assigned to them: one email an assignment,
 * however many submissions it moved, each with a link to it.
 */
export const renderAssignment = (input: AssignmentInput): RenderedEmail => {
  const [first] = input.submissions;
  const many = input.submissions.length > 1;
  const subject = oneLine(
    many
      ? `${input.assignedBy} assigned you ${plural(input.submissions.length, 'readiness intake')}`
      : `${input.assignedBy} assigned you ${first.company} (${first.reference})`
  );
  const text = [
    `Hello ${input.assigneeName},`,
    '',
    `${input.assignedBy} assigned you ${many ? `${plural(input.submissions.length, 'readiness intake')}` : 'a readiness intake'}:`,
    '',
    ...input.submissions.flatMap((item) => [`  ${itemLine(item)}`, `    ${item.url}`]),
    '',
    `Everything assigned to you: ${input.inboxUrl}`,
    '',
  ].join('\n');
  const e = escapeHtml;
  const html = htmlDocument(`<p>Hello ${e(input.assigneeName)},</p>
<p>${e(input.assignedBy)} assigned you ${many ? e(plural(input.submissions.length, 'readiness intake')) : 'a readiness intake'}:</p>
${itemsHtml(input.submissions, (item) => `${BAND_LABELS[item.band]} ${item.overallScore}/100`)}
<p><a href="${e(input.inboxUrl)}">Everything assigned to you</a></p>
`);
  return { subject, text, html };
};

/**
 * The one reminder of submissions still `new` past the triage SLA, oldest first, each with
 * its age and a link; a long list ends with how many more the overdue inbox holds.
 */
export const renderReminder = (input: ReminderInput): RenderedEmail => {
  const more = input.total - input.submissions.length;
  const subject = oneLine(
    `${plural(input.total, 'readiness intake')} waiting for triage over ${plural(input.triageSlaHours, 'hour')}`
  );
  const text = [
    `${plural(input.total, 'submission')} ${input.total === 1 ? 'is' : 'are'} still new more than ${plural(input.triageSlaHours, 'hour')} after arriving:`,
    '',
    ...input.submissions.flatMap((item) => [
      `  ${itemLine(item)}, received ${ageOf(item.receivedAt, input.now)} ago`,
      `    ${item.url}`,
    ]),
    ...(more > 0 ? ['', `And ${more} more.`] : []),
    '',
    `The overdue inbox: ${input.inboxUrl}`,
    '',
    'Each submission is in one reminder only.',
    '',
  ].join('\n');
  const e = escapeHtml;
  const html =
    htmlDocument(`<p>${e(plural(input.total, 'submission'))} ${input.total === 1 ? 'is' : 'are'} still new more than ${e(plural(input.triageSlaHours, 'hour'))} after arriving:</p>
${itemsHtml(input.submissions, (item) => `${BAND_LABELS[item.band]} ${item.overallScore}/100, received ${ageOf(item.receivedAt, input.now)} ago`)}
${more > 0 ? `<p>And ${more} more.</p>\n` : ''}<p><a href="${e(input.inboxUrl)}">Open the overdue inbox</a></p>
<p style="color: #666687;">Each submission is in one reminder only.</p>
`);
  return { subject, text, html };
};
