import type { IntakeResult, SubmitIntake } from '../../shared/contracts/public-form';
import { REQUESTED_LOCALE } from '../../shared/locales';
import { sourceOf } from './attribution';
import { h } from './dom';
import { formMessagesFor, type FormMessages } from './messages';
import { CONTACT_KEYS, emptyValues, type FieldError, type FormValues, type Questionnaire } from './form-values';
import { buildRequestBody } from './request-body';
import { isTooSoon, retryAfterSeconds, serverErrorsOf } from './server-errors';
import { STYLES } from './styles';
import { validateForm } from './validate-form';

/** The server's default minimum fill time; a server configured longer answers "too soon", and the form waits and sends again. */
const MIN_FILL_MS = 3000;
const TOO_SOON_RETRIES = 10;
const TOO_SOON_WAIT_MS = 1500;
const UNAVAILABLE_RETRIES = 3;

/** The origin of the script that defined the element: where the API lives unless `api` says otherwise. */
const SCRIPT_ORIGIN = (() => {
  const script = document.currentScript as HTMLScriptElement | null;
  try {
    return script?.src ? new URL(script.src).origin : location.origin;
  } catch {
    return location.origin;
  }
})();

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const newKey = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

let instances = 0;

/**
 * `<readiness-intake-form>`: the active questionnaire as one accessible page in an open
 * shadow root, checked before sending, sent with an Idempotency-Key, and answered with the
 * respondent's result. Dispatches `readiness-intake:loaded`, `readiness-intake:submitted`
 * (detail: the 201's data) and `readiness-intake:error` (detail: { status, body }).
 */
export class ReadinessIntakeForm extends HTMLElement {
  private root!: ShadowRoot;
  private questionnaire: Questionnaire | null = null;
  private loadedAt = 0;
  private sending = false;
  private readonly idPrefix = `rif${++instances}`;
  private form!: HTMLFormElement;
  private summary!: HTMLElement;
  private status!: HTMLElement;
  private announcer!: HTMLElement;
  /** The attribute's language until the server says which it answered in. */
  private messages: FormMessages = formMessagesFor(null);

  connectedCallback() {
    if (this.shadowRoot) return;
    this.root = this.attachShadow({ mode: 'open' });
    this.root.append(h('style', {}, STYLES));
    const requested = this.locale;
    this.messages = formMessagesFor(requested && REQUESTED_LOCALE.test(requested) ? requested : null);
    this.announcer = h('div', { class: 'rif', 'aria-live': 'polite' }, h('p', { class: 'status' }, this.messages.loading));
    this.root.append(this.announcer);
    void this.load();
  }

  /** The language asked for: the `locale` attribute, or the page's own (`<html lang>`). */
  get locale(): string {
    return this.getAttribute('locale') || document.documentElement.lang || '';
  }

  /** The Strapi origin: the `api` attribute, or where this script came from. */
  get api(): string {
    return (this.getAttribute('api') || SCRIPT_ORIGIN).replace(/\/+$/, '');
  }

  private async fetchQuestionnaire(): Promise<Questionnaire> {
    const locale = this.locale;
    // A malformed attribute is left out rather than sent: the server would refuse the load.
    const query = locale && REQUESTED_LOCALE.test(locale) ? `?locale=${encodeURIComponent(locale)}` : '';
    const response = await fetch(`${this.api}/api/readiness-intake/questionnaire${query}`, {
      headers: { Accept: 'application/json' },
      credentials: 'omit',
    });
    if (!response.ok) throw new Error(`the questionnaire answered ${response.status}`);
    return ((await response.json()) as { data: Questionnaire }).data;
  }

  private async load() {
    try {
      this.questionnaire = await this.fetchQuestionnaire();
      this.loadedAt = Date.now();
      if (this.questionnaire.locale) this.messages = formMessagesFor(this.questionnaire.locale);
    } catch {
      this.announcer.replaceChildren(h('p', { class: 'error', role: 'alert' }, this.messages.loadFailed));
      return;
    }
    this.render(this.questionnaire);
    this.emit('readiness-intake:loaded', { version: this.questionnaire.version });
  }

  private emit(type: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  private idFor(name: string) {
    return `${this.idPrefix}-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  }

  /** A labelled text control with its help and error, tied together by aria-describedby. */
  private textField(
    name: string,
    label: string,
    help: string | null,
    control: 'input' | 'textarea',
    attributes: Record<string, string | boolean> = {}
  ) {
    const id = this.idFor(name);
    const describedBy = [help ? `${id}-help` : '', `${id}-error`].filter(Boolean).join(' ');
    const input = h(control, { id, name, 'aria-describedby': describedBy, ...attributes });
    return h(
      'div',
      { class: 'field', 'data-field': name },
      h('label', { for: id }, label),
      help ? h('p', { class: 'help', id: `${id}-help` }, help) : null,
      input,
      h('p', { class: 'error', id: `${id}-error` })
    );
  }

  /** A question answered by options: a fieldset whose legend is the prompt, each option a labelled radio or checkbox. */
  private optionsField(
    name: string,
    prompt: string,
    help: string | null,
    type: 'radio' | 'checkbox',
    options: Array<{ value: string; label: string }>,
    required: boolean
  ) {
    const id = this.idFor(name);
    const describedBy = [help ? `${id}-help` : '', `${id}-error`].filter(Boolean).join(' ');
    return h(
      'fieldset',
      {
        class: 'question field',
        id,
        'data-field': name,
        'aria-describedby': describedBy,
        'aria-required': required ? 'true' : undefined,
      },
      h('legend', {}, prompt),
      help ? h('p', { class: 'help', id: `${id}-help` }, help) : null,
      ...options.map((option, index) =>
        h(
          'label',
          { class: 'option' },
          h('input', { type, name, value: option.value, id: `${id}-${index}`, 'aria-describedby': describedBy }),
          h('span', {}, option.label)
        )
      ),
      h('p', { class: 'error', id: `${id}-error` })
    );
  }

  private render(questionnaire: Questionnaire) {
    const timezone = (() => {
      try {
        return Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
      } catch {
        return '';
      }
    })();
    const contact = h(
      'fieldset',
      { class: 'section' },
      h('legend', {}, this.messages.aboutYou),
      ...questionnaire.contactFields.map((field) => {
        const attributes: Record<string, string | boolean> =
          field.kind === 'email'
            ? { type: 'email', autocomplete: 'email', spellcheck: 'false' }
            : field.kind === 'integer'
              ? { type: 'text', inputmode: 'numeric', autocomplete: 'off' }
              : { type: 'text' };
        if (field.key === 'name') attributes.autocomplete = 'name';
        if (field.key === 'company') attributes.autocomplete = 'organization';
        if (field.key === 'role') attributes.autocomplete = 'organization-title';
        if (field.key === 'timezone') Object.assign(attributes, { value: timezone, autocomplete: 'off', spellcheck: 'false' });
        attributes['aria-required'] = 'true';
        return this.textField(`contact.${field.key}`, field.label, field.help, 'input', attributes);
      })
    );
    const sections = questionnaire.dimensions.map((dimension) =>
      h(
        'fieldset',
        { class: 'section', 'data-dimension': dimension.key },
        h('legend', {}, dimension.title),
        dimension.description ? h('p', { class: 'help' }, dimension.description) : null,
        ...dimension.questions.map((question) =>
          question.kind === 'text'
            ? this.textField(`answers.${question.key}`, question.prompt, question.help, 'textarea', {
                maxlength: '4000',
                'aria-required': question.required ? 'true' : false,
              })
            : this.optionsField(
                `answers.${question.key}`,
                question.prompt,
                question.help,
                question.kind === 'single' ? 'radio' : 'checkbox',
                question.options,
                question.required
              )
        )
      )
    );
    const consentId = this.idFor('consent');
    const reportId = this.idFor('sendReport');
    const honeypotId = this.idFor('url');
    this.summary = h('div', { class: 'summary', 'aria-live': 'assertive', tabindex: '-1' });
    this.status = h('p', { class: 'status', role: 'status' });
    this.form = h(
      'form',
      { novalidate: true, 'aria-labelledby': this.idFor('title') },
      h('h2', { id: this.idFor('title') }, questionnaire.title),
      questionnaire.intro ? h('p', {}, questionnaire.intro) : null,
      this.summary,
      contact,
      ...sections,
      h(
        'fieldset',
        { class: 'section' },
        h('legend', {}, this.messages.backlog),
        this.textField('backlog', questionnaire.backlog.prompt, questionnaire.backlog.help, 'textarea', {
          maxlength: String(questionnaire.backlog.maxLength),
          'aria-required': questionnaire.backlog.required ? 'true' : false,
        }),
        h(
          'div',
          { class: 'field', 'data-field': 'consent' },
          h(
            'label',
            { class: 'check', for: consentId },
            h('input', {
              type: 'checkbox',
              id: consentId,
              name: 'consent',
              'aria-describedby': `${consentId}-error`,
              'aria-required': 'true',
            }),
            h('span', {}, questionnaire.consentText)
          ),
          h('p', { class: 'error', id: `${consentId}-error` })
        ),
        h(
          'div',
          { class: 'field', 'data-field': 'sendReport' },
          h(
            'label',
            { class: 'check', for: reportId },
            h('input', { type: 'checkbox', id: reportId, name: 'sendReport', 'aria-describedby': `${reportId}-error` }),
            h('span', {}, this.messages.sendReport)
          ),
          h('p', { class: 'error', id: `${reportId}-error` })
        )
      ),
      // The honeypot: off-screen, out of the tab order and hidden from assistive technology.
      h(
        'div',
        { class: 'hp', 'aria-hidden': 'true' },
        h('label', { for: honeypotId }, this.messages.honeypot),
        h('input', { type: 'text', id: honeypotId, name: 'url', tabindex: '-1', autocomplete: 'off' })
      ),
      h('button', { type: 'submit' }, this.messages.submit),
      this.status
    );
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit();
    });
    this.summary.addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a[data-target]');
      if (!link) return;
      event.preventDefault();
      this.focusControl(link.getAttribute('data-target')!);
    });
    this.announcer.removeAttribute('aria-live');
    this.announcer.replaceChildren(this.form);
  }

  private controls(name: string): Array<HTMLInputElement | HTMLTextAreaElement> {
    return Array.from(this.form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`[name="${CSS.escape(name)}"]`));
  }

  private controlNames(): Set<string> {
    return new Set(Array.from(this.form.querySelectorAll<HTMLInputElement>('[name]')).map((control) => control.name));
  }

  private focusControl(name: string) {
    const [first] = this.controls(name);
    first?.focus();
    first?.scrollIntoView?.({ block: 'center' });
  }

  private readValues(questionnaire: Questionnaire): FormValues {
    const values = emptyValues('');
    const text = (name: string) => (this.controls(name)[0]?.value ?? '') as string;
    for (const key of CONTACT_KEYS) values.contact[key] = text(`contact.${key}`);
    for (const question of questionnaire.dimensions.flatMap((dimension) => dimension.questions)) {
      const name = `answers.${question.key}`;
      if (question.kind === 'text') values.answers[question.key] = text(name);
      else {
        const picked = (this.controls(name) as HTMLInputElement[]).filter((input) => input.checked).map((input) => input.value);
        if (question.kind === 'multi') values.answers[question.key] = picked;
        else if (picked[0] !== undefined) values.answers[question.key] = picked[0];
      }
    }
    values.backlog = text('backlog');
    values.consent = (this.controls('consent')[0] as HTMLInputElement | undefined)?.checked ?? false;
    values.sendReport = (this.controls('sendReport')[0] as HTMLInputElement | undefined)?.checked ?? false;
    values.url = text('url');
    return values;
  }

  /** Marks every control of `errors` (aria-invalid, the message beside it) and fills the summary with links to them. */
  private showErrors(errors: FieldError[], general: string[] = []) {
    for (const control of this.form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
    for (const message of this.form.querySelectorAll('.error')) message.textContent = '';
    for (const error of errors) {
      for (const control of this.controls(error.name)) control.setAttribute('aria-invalid', 'true');
      const field = this.form.querySelector(`[data-field="${CSS.escape(error.name)}"]`);
      field?.querySelector(':scope > .error')?.replaceChildren(error.message);
    }
    if (errors.length === 0 && general.length === 0) {
      this.summary.replaceChildren();
      return;
    }
    const count = errors.length + general.length;
    const labelOf = (name: string) => {
      const field = this.form.querySelector(`[data-field="${CSS.escape(name)}"]`);
      const label = field?.querySelector(':scope > label, :scope > legend, :scope > .check > span');
      return label?.textContent ?? name;
    };
    this.summary.replaceChildren(
      h('h3', {}, this.messages.problems(count)),
      h(
        'ul',
        {},
        ...general.map((message) => h('li', {}, message)),
        ...errors.map((error) =>
          h(
            'li',
            {},
            h('a', { href: `#${this.idFor(error.name)}`, 'data-target': error.name }, `${labelOf(error.name)}: ${error.message}`)
          )
        )
      )
    );
    this.summary.focus();
  }

  private setSending(sending: boolean, message = '') {
    this.sending = sending;
    const button = this.form.querySelector('button[type="submit"]');
    if (sending) button?.setAttribute('aria-disabled', 'true');
    else button?.removeAttribute('aria-disabled');
    this.status.textContent = message;
  }

  private async submit() {
    const questionnaire = this.questionnaire;
    if (!questionnaire || this.sending) return;
    const values = this.readValues(questionnaire);
    const problems = validateForm(questionnaire, values, this.messages);
    if (problems.length > 0) {
      this.showErrors(problems);
      return;
    }
    this.setSending(true, this.messages.sending);
    try {
      await this.send(questionnaire, values);
    } finally {
      this.setSending(false, this.status.textContent ?? '');
    }
  }

  /** One submit: retried with the same Idempotency-Key while the server says it is too soon or unavailable. */
  private async send(questionnaire: Questionnaire, values: FormValues) {
    const body = buildRequestBody(questionnaire, values, this.source());
    const key = newKey();
    // A person is slower than the minimum fill time; a fast one waits the rest of it here.
    const early = this.loadedAt + MIN_FILL_MS + 200 - Date.now();
    if (early > 0) await sleep(early);

    let tooSoon = 0;
    let unavailable = 0;
    let offline = 0;
    for (;;) {
      let response: Response;
      try {
        response = await fetch(`${this.api}/api/readiness-intake/submissions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': key },
          body: JSON.stringify(body),
          credentials: 'omit',
        });
      } catch {
        if (offline++ < 2) {
          await sleep(2000);
          continue;
        }
        this.showErrors([], [this.messages.offline]);
        this.status.textContent = '';
        return;
      }
      const answer: unknown = await response.json().catch(() => null);
      if (response.status === 201) {
        this.showResult((answer as SubmitIntake.Response).data, questionnaire);
        return;
      }
      if (response.status === 400 && isTooSoon(answer) && tooSoon++ < TOO_SOON_RETRIES) {
        await sleep(TOO_SOON_WAIT_MS);
        continue;
      }
      const wait = retryAfterSeconds(response.headers.get('Retry-After'), Date.now());
      if (response.status === 503 && unavailable++ < UNAVAILABLE_RETRIES) {
        await sleep(Math.min(wait ?? 2, 10) * 1000);
        continue;
      }
      this.emit('readiness-intake:error', { status: response.status, body: answer });
      this.status.textContent = '';
      if (response.status === 400) {
        const { fields, general } = serverErrorsOf(answer, this.controlNames());
        this.showErrors(fields, general);
      } else if (response.status === 429) {
        this.showErrors([], [this.messages.tooMany(wait)]);
      } else {
        const message = (answer as { error?: { message?: unknown } } | null)?.error?.message;
        this.showErrors([], [typeof message === 'string' && message ? message : this.messages.sendFailed(response.status)]);
      }
      return;
    }
  }

  private source() {
    return sourceOf({
      pathname: location.pathname,
      search: location.search,
      referrer: document.referrer,
      articleSlug: this.getAttribute('article-slug'),
      cta: this.getAttribute('cta'),
    });
  }

  private articleHref(slug: string) {
    const template = this.getAttribute('article-path') || '/articles/{slug}';
    return template.includes('{slug}')
      ? template.split('{slug}').join(encodeURIComponent(slug))
      : `${template.replace(/\/+$/, '')}/${encodeURIComponent(slug)}`;
  }

  private showResult(data: SubmitIntake.Response['data'], questionnaire: Questionnaire) {
    this.showErrors([]);
    this.status.textContent = '';
    const result = data.result;
    const heading = h('h2', { tabindex: '-1' }, this.messages.thanks);
    const section = h(
      'section',
      { class: 'result', 'data-band': result?.band ?? 'none', 'aria-labelledby': this.idFor('result') },
      heading,
      h('p', {}, this.messages.reference(data.reference)),
      ...(result ? this.resultParts(result, questionnaire) : [])
    );
    heading.id = this.idFor('result');
    this.form.hidden = true;
    this.announcer.setAttribute('aria-live', 'polite');
    this.announcer.append(section);
    heading.focus();
    this.emit('readiness-intake:submitted', data);
  }

  private resultParts(result: IntakeResult, questionnaire: Questionnaire): Node[] {
    const titles = new Map(questionnaire.dimensions.map((dimension) => [dimension.key, dimension.title]));
    return [
      h('h3', { class: 'band' }, this.messages.bands[result.band] ?? result.band),
      h('p', { class: 'score' }, `${result.score}`, h('span', { class: 'help' }, this.messages.overall)),
      h(
        'ul',
        { class: 'dimensions', 'aria-label': this.messages.perDimension },
        ...result.dimensions.map((dimension) => {
          const title = titles.get(dimension.key) ?? dimension.key;
          const bar = h('span');
          bar.style.width = `${Math.max(0, Math.min(100, dimension.score))}%`;
          return h(
            'li',
            { 'data-dimension': dimension.key },
            h('span', {}, `${title}: ${dimension.score}`),
            h(
              'div',
              {
                class: 'meter',
                role: 'meter',
                'aria-label': title,
                'aria-valuemin': '0',
                'aria-valuemax': '100',
                'aria-valuenow': String(dimension.score),
              },
              bar
            )
          );
        })
      ),
      ...(result.recommendations.length > 0
        ? [
            h('h3', {}, this.messages.reading),
            h(
              'ul',
              { class: 'recommendations' },
              ...result.recommendations.map((article) =>
                h(
                  'li',
                  {},
                  h('a', { href: this.articleHref(article.slug) }, article.title),
                  article.summary ? h('p', { class: 'help' }, article.summary) : null
                )
              )
            ),
          ]
        : []),
    ];
  }
}
