import { bandLabelsFor } from '../../shared/band-labels';
import type { Band } from '../../shared/intake';
import { FALLBACK_LOCALE, matchLocale } from '../../shared/locales';

/**
 * The form's own words, the ones no questionnaire carries: headings, the button, its
 * checks' messages, the result. In the locale the server answered the questionnaire in,
 * so a Danish form is Danish throughout; English where the form has no words of its own.
 */
export type FormMessages = {
  bands: Record<Band, string>;
  loading: string;
  loadFailed: string;
  aboutYou: string;
  backlog: string;
  sendReport: string;
  honeypot: string;
  submit: string;
  sending: string;
  problems: (count: number) => string;
  offline: string;
  tooMany: (seconds: number | null) => string;
  sendFailed: (status: number) => string;
  thanks: string;
  reference: (reference: string) => string;
  overall: string;
  perDimension: string;
  reading: string;
  enter: (label: string) => string;
  wholeNumber: (max: number) => string;
  atMost: (characters: number) => string;
  email: string;
  timezone: string;
  writeAnswer: string;
  chooseAnswer: string;
  describeBacklog: string;
  consent: string;
};

const waitIn = (seconds: number, units: { seconds: string; minutes: string }) =>
  seconds < 120 ? `${seconds} ${units.seconds}` : `${Math.ceil(seconds / 60)} ${units.minutes}`;

export const EN: FormMessages = {
  bands: bandLabelsFor('en'),
  loading: 'Loading the questionnaire…',
  loadFailed: 'The questionnaire could not be loaded. Please reload the page to try again.',
  aboutYou: 'About you and your team',
  backlog: 'Your backlog',
  sendReport: 'Email me my readiness report',
  honeypot: 'Leave this field empty',
  submit: 'Send the questionnaire',
  sending: 'Sending…',
  problems: (count) => (count === 1 ? 'There is a problem with the form' : `There are ${count} problems with the form`),
  offline: 'The server could not be reached. Check your connection and send the form again.',
  tooMany: (seconds) =>
    seconds === null
      ? 'Too many questionnaires were sent from here. Please try again later.'
      : `Too many questionnaires were sent from here. Please try again in ${waitIn(seconds, { seconds: 'seconds', minutes: 'minutes' })}.`,
  sendFailed: (status) => `The form could not be sent (${status}). Please try again.`,
  thanks: 'Thank you: your questionnaire was sent',
  reference: (reference) => `Your reference is ${reference}.`,
  overall: ' / 100 overall',
  perDimension: 'Score per dimension',
  reading: 'Recommended reading',
  enter: (label) => `Enter ${label.toLowerCase()}.`,
  wholeNumber: (max) => `Enter a whole number from 1 to ${max.toLocaleString('en')}.`,
  atMost: (characters) => `Use at most ${characters} characters.`,
  email: 'Enter an email address such as name@company.com.',
  timezone: 'Enter a time zone such as Europe/Copenhagen.',
  writeAnswer: 'Write an answer.',
  chooseAnswer: 'Choose an answer.',
  describeBacklog: 'Describe the work waiting in your backlog.',
  consent: 'Tick the box to agree, so we can send the questionnaire.',
};

const DA: FormMessages = {
  bands: bandLabelsFor('da'),
  loading: 'Henter spørgeskemaet…',
  loadFailed: 'Spørgeskemaet kunne ikke hentes. Genindlæs siden for at prøve igen.',
  aboutYou: 'Om dig og dit team',
  backlog: 'Jeres backlog',
  sendReport: 'Send mig min parathedsrapport på e-mail',
  honeypot: 'Lad dette felt være tomt',
  submit: 'Send spørgeskemaet',
  sending: 'Sender…',
  problems: (count) => (count === 1 ? 'Der er et problem i formularen' : `Der er ${count} problemer i formularen`),
  offline: 'Serveren kunne ikke nås. Tjek din forbindelse, og send formularen igen.',
  tooMany: (seconds) =>
    seconds === null
      ? 'Der er sendt for mange spørgeskemaer herfra. Prøv igen senere.'
      : `Der er sendt for mange spørgeskemaer herfra. Prøv igen om ${waitIn(seconds, { seconds: 'sekunder', minutes: 'minutter' })}.`,
  sendFailed: (status) => `Formularen kunne ikke sendes (${status}). Prøv igen.`,
  thanks: 'Tak: dit spørgeskema er sendt',
  reference: (reference) => `Dit referencenummer er ${reference}.`,
  overall: ' / 100 samlet',
  perDimension: 'Score for hver dimension',
  reading: 'Anbefalet læsning',
  enter: (label) => `Udfyld ${label.toLowerCase()}.`,
  wholeNumber: (max) => `Skriv et helt tal fra 1 til ${max.toLocaleString('da')}.`,
  atMost: (characters) => `Brug højst ${characters} tegn.`,
  email: 'Skriv en e-mailadresse som navn@firma.dk.',
  timezone: 'Skriv en tidszone som Europe/Copenhagen.',
  writeAnswer: 'Skriv et svar.',
  chooseAnswer: 'Vælg et svar.',
  describeBacklog: 'Beskriv det arbejde, der venter i jeres backlog.',
  consent: 'Sæt hak for at give samtykke, så vi kan sende spørgeskemaet.',
};

const ID: FormMessages = {
  bands: bandLabelsFor('id'),
  loading: 'Memuat kuesioner…',
  loadFailed: 'Kuesioner tidak dapat dimuat. Muat ulang halaman untuk mencoba lagi.',
  aboutYou: 'Tentang Anda dan tim Anda',
  backlog: 'Backlog Anda',
  sendReport: 'Kirimkan laporan kesiapan saya melalui email',
  honeypot: 'Biarkan kolom ini kosong',
  submit: 'Kirim kuesioner',
  sending: 'Mengirim…',
  problems: (count) => (count === 1 ? 'Ada satu masalah pada formulir' : `Ada ${count} masalah pada formulir`),
  offline: 'Server tidak dapat dihubungi. Periksa koneksi Anda, lalu kirim formulir lagi.',
  tooMany: (seconds) =>
    seconds === null
      ? 'Terlalu banyak kuesioner dikirim dari sini. Silakan coba lagi nanti.'
      : `Terlalu banyak kuesioner dikirim dari sini. Silakan coba lagi dalam ${waitIn(seconds, { seconds: 'detik', minutes: 'menit' })}.`,
  sendFailed: (status) => `Formulir tidak dapat dikirim (${status}). Silakan coba lagi.`,
  thanks: 'Terima kasih: kuesioner Anda telah terkirim',
  reference: (reference) => `Nomor referensi Anda ${reference}.`,
  overall: ' / 100 keseluruhan',
  perDimension: 'Skor per dimensi',
  reading: 'Bacaan yang disarankan',
  enter: (label) => `Isi ${label.toLowerCase()}.`,
  wholeNumber: (max) => `Masukkan bilangan bulat dari 1 sampai ${max.toLocaleString('id')}.`,
  atMost: (characters) => `Gunakan paling banyak ${characters} karakter.`,
  email: 'Masukkan alamat email seperti nama@perusahaan.com.',
  timezone: 'Masukkan zona waktu seperti Asia/Jakarta.',
  writeAnswer: 'Tulis jawaban.',
  chooseAnswer: 'Pilih jawaban.',
  describeBacklog: 'Jelaskan pekerjaan yang menunggu di backlog Anda.',
  consent: 'Centang kotak untuk menyetujui, agar kami dapat mengirim kuesioner.',
};

export const FORM_MESSAGES: Record<string, FormMessages> = { [FALLBACK_LOCALE]: EN, da: DA, id: ID };

/** The form's words in `locale`, or in English when it has none in it. */
export const formMessagesFor = (locale?: string | null): FormMessages =>
  FORM_MESSAGES[(locale && matchLocale(locale, Object.keys(FORM_MESSAGES))) || FALLBACK_LOCALE];
