/**
 * Filling in one form (`#/forms/<id>`). Every field shows the resident's label and the paper form's Japanese name
 * beside it; what they type is checked by the core as they type (messages in a live region next to the field,
 * `aria-invalid`, `aria-describedby`) and saved as a draft on this device. Household members are rows to add and
 * remove. "Fill in from my profile" reads nothing until the resident has agreed, in a step of its own.
 */

import { ApiError, call, type FieldValue, type FieldView, type FormCheckResult, type FormDraftView, type FormPrefill, type FormProblem, type FormView } from '../backend';
import { h, withJapaneseNames, type Child } from '../dom';
import { currentLocale, formatTime, intlLocale, t } from '../i18n';
import { icon } from '../icons';
import { featureHash } from '../router';
import { describeError } from '../store';
import { announce, statusRegion } from '../widgets';
import { backToForms, counterLine, failure, japanese, sameAsShown, shownText } from './forms';
import type { Screen } from './registry';

type Row = Record<string, string>;
type Values = Record<string, FieldValue | undefined>;

/** Typing pauses this long before the core checks and saves. */
const CHECK_DELAY_MS = 350;

/** The element id of a field's path: `members[2].kana` → `field-members-2-kana`. */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_]+/g, '-').replace(/-+$/, '')}`;
}

function rowPath(group: string, row: number, key: string): string {
  return `${group}[${row}].${key}`;
}

/** `HH:MM` in the resident's language, on the city's clock. */
function shortTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatTime(date);
}

/** Which `autocomplete` a field gets: what the template says it holds about the resident, else none. */
function autocomplete(field: FieldView): string {
  switch (field.prefill) {
    case 'profile.name':
      return 'name';
    case 'profile.postal_code':
      return 'postal-code';
    case 'profile.phone':
      return 'tel';
    case 'profile.email':
      return 'email';
    case 'profile.address':
      return 'street-address';
    case 'profile.birth_date':
      return 'bday';
    default:
      return 'off';
  }
}

function inputType(field: FieldView): string {
  if (field.kind === 'phone') return 'tel';
  if (field.kind === 'email') return 'email';
  return 'text';
}

function inputMode(field: FieldView): string | null {
  if (field.kind === 'postal_code' || field.kind === 'number') return 'numeric';
  if (field.kind === 'phone') return 'tel';
  if (field.kind === 'email') return 'email';
  return null;
}

/** One form being filled in: its values, which fields were touched, and the problems the core found. */
class FormEditor {
  private readonly values: Values;
  private readonly touched = new Set<string>();
  private problems = new Map<string, FormProblem>();
  private showAll = false;
  private consent: boolean;
  private timer: number | undefined;
  private pending: Promise<void> = Promise.resolve();
  /** Each field's error element and the controls that carry `aria-invalid`, by path. */
  private readonly errorOf = new Map<string, HTMLElement>();
  private readonly controlsOf = new Map<string, HTMLElement[]>();
  private readonly draftStatus = h('p', { id: 'form-draft-status', class: 'form-draft-status' });
  private readonly summary = h('div', { id: 'form-problems', class: 'form-problems', tabindex: '-1' });
  private readonly membersBlocks = new Map<string, HTMLElement>();

  constructor(
    private readonly form: FormView,
    draft: FormDraftView,
  ) {
    this.values = { ...draft.values };
    this.consent = draft.prefill_consent_at !== null;
    if (draft.saved && draft.updated_at) this.draftStatus.textContent = t('form-draft-saved', { time: shortTime(draft.updated_at) });
  }

  render(saved: boolean): Node[] {
    const form = this.form;
    const title = h(
      'h1',
      { tabindex: '-1', class: 'form-title' },
      shownText('span', form.title, { class: 'form-title-text' }),
    );
    const official = h(
      'p',
      { class: 'form-official form-official--title' },
      h('span', { class: 'official-label' }, `${t('forms-official-label')}: `),
      japanese('span', form.title_ja_official, 'official'),
    );
    const body = h(
      'form',
      { id: 'form-fields', class: 'form-fields', novalidate: true, 'data-form': form.id },
      form.sections.map((section) =>
        h(
          'fieldset',
          { class: 'form-section card', 'data-section': section.key },
          h(
            'legend',
            null,
            h(
              'h2',
              null,
              shownText('span', section.title),
              sameAsShown(section.title, section.title_ja) || !section.title_ja ? null : [' ', japanese('span', section.title_ja, 'official')],
            ),
          ),
          section.fields.map((field) => this.field(field)),
        ),
      ),
    );
    body.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.showCodes();
    });
    const submit = h('button', { type: 'submit', form: 'form-fields', class: 'button', id: 'form-show-codes' }, icon('forms'), h('span', null, t('form-show-codes')));
    return [
      backToForms(),
      title,
      official,
      form.description.text ? shownText('p', form.description, { class: 'lead' }) : null,
      form.counter ? counterLine(form.counter, 'form-counter') : null,
      h('p', { class: 'note' }, icon('info', 'icon note-icon'), h('span', null, t('forms-private'))),
      saved ? h('p', { class: 'note', id: 'form-draft-restored' }, icon('check', 'icon note-icon'), h('span', null, t('form-draft-restored'))) : null,
      form.prefill_from_profile ? this.prefillPanel() : null,
      body,
      this.summary,
      h('div', { class: 'actions form-actions' }, submit),
      this.draftStatus,
      statusRegion('form-status'),
    ].filter((n): n is HTMLElement => n !== null);
  }

  // ---- Fields ----

  private label(field: FieldView): Child[] {
    return [
      shownText('span', field.label, { class: 'field-name' }),
      sameAsShown(field.label, field.label_ja_official) ? null : [' ', japanese('span', field.label_ja_official, 'official')],
      field.required ? [' ', h('span', { class: 'field-required' }, t('form-required'))] : null,
    ];
  }

  /** Help, the date hint and the error message: the ids a control's `aria-describedby` lists. */
  private notes(field: FieldView, path: string): { nodes: HTMLElement[]; describedBy: string } {
    const id = fieldId(path);
    const nodes: HTMLElement[] = [];
    const ids: string[] = [];
    if (field.help.text) {
      nodes.push(shownText('p', field.help, { id: `${id}-help`, class: 'field-help' }));
      ids.push(`${id}-help`);
    }
    if (field.kind === 'date') {
      nodes.push(h('p', { id: `${id}-hint`, class: 'field-hint' }, withJapaneseNames(t('form-date-hint'))));
      ids.push(`${id}-hint`);
    }
    const error = h('p', { id: `${id}-error`, class: 'field-error', 'aria-live': 'polite' });
    this.errorOf.set(path, error);
    nodes.push(error);
    ids.push(`${id}-error`);
    return { nodes, describedBy: ids.join(' ') };
  }

  private field(field: FieldView): HTMLElement {
    if (field.kind === 'members') return this.members(field);
    const value = this.values[field.key];
    return this.single(field, field.key, value, (v) => {
      this.values[field.key] = v;
    });
  }

  /** A single-valued field (or a row's sub-field): text input, radio group or checkboxes. */
  private single(field: FieldView, path: string, value: FieldValue | undefined, set: (v: FieldValue) => void): HTMLElement {
    const id = fieldId(path);
    const { nodes, describedBy } = this.notes(field, path);
    const changed = (v: FieldValue, now = false): void => {
      set(v);
      this.touched.add(path);
      this.schedule(now ? 0 : CHECK_DELAY_MS);
    };
    if (field.kind === 'choice') {
      const labelId = `${id}-label`;
      const picked = new Set(Array.isArray(value) ? (value as string[]) : typeof value === 'string' && value ? value.split(',') : []);
      const inputs = field.choices.map((choice, i) =>
        h('input', {
          type: field.multiple ? 'checkbox' : 'radio',
          name: id,
          value: choice.value,
          id: i === 0 ? id : `${id}-${i}`,
          checked: picked.has(choice.value),
          'aria-describedby': field.multiple ? describedBy : null,
        }),
      );
      for (const input of inputs) {
        input.addEventListener('change', () => {
          const chosen = inputs.filter((x) => x.checked).map((x) => x.value);
          changed(field.multiple ? chosen : (chosen[0] ?? ''), true);
        });
      }
      const group = h(
        'div',
        {
          role: field.multiple ? 'group' : 'radiogroup',
          class: 'choice-grid field-choices',
          'aria-labelledby': labelId,
          'aria-describedby': describedBy,
          'aria-required': !field.multiple && field.required ? 'true' : null,
        },
        field.choices.map((choice, i) =>
          h(
            'label',
            { class: 'choice', for: inputs[i]!.id },
            inputs[i]!,
            h('span', null, shownText('span', choice.label), sameAsShown(choice.label, choice.label_ja) ? null : [' ', japanese('span', choice.label_ja, 'official')]),
          ),
        ),
      );
      this.controlsOf.set(path, field.multiple ? inputs : [group]);
      return h('div', { class: 'field form-field', 'data-path': path }, h('p', { id: labelId, class: 'field-label' }, this.label(field)), group, ...nodes);
    }
    const input = h('input', {
      type: inputType(field),
      id,
      name: path,
      value: typeof value === 'string' ? value : '',
      autocomplete: autocomplete(field),
      inputmode: inputMode(field),
      lang: field.kind === 'kana' ? 'ja' : null,
      spellcheck: field.kind === 'kana' || field.kind === 'postal_code' || field.kind === 'phone' ? 'false' : null,
      'aria-describedby': describedBy,
      'aria-required': field.required ? 'true' : null,
    });
    input.addEventListener('input', () => changed(input.value));
    input.addEventListener('blur', () => {
      if (input.value !== '') changed(input.value, true);
    });
    this.controlsOf.set(path, [input]);
    return h('div', { class: 'field form-field', 'data-path': path }, h('label', { for: id }, this.label(field)), input, ...nodes);
  }

  // ---- Household members ----

  private rows(key: string): Row[] {
    const v = this.values[key];
    if (Array.isArray(v) && v.every((r) => typeof r === 'object')) return v as Row[];
    return [];
  }

  private members(field: FieldView): HTMLElement {
    let rows = this.rows(field.key);
    if (rows.length === 0 && field.required) {
      rows = [{}];
      this.values[field.key] = rows;
    }
    const { nodes, describedBy } = this.notes(field, field.key);
    const status = statusRegion(`${fieldId(field.key)}-status`);
    const list = h('div', { class: 'member-rows' });
    const add = h('button', { type: 'button', class: 'button button--secondary', id: `${fieldId(field.key)}-add`, 'aria-describedby': `${fieldId(field.key)}-limit` }, icon('plus'), h('span', null, t('form-member-add')));
    const limit = h('p', { id: `${fieldId(field.key)}-limit`, class: 'field-hint' }, field.max !== null ? t('form-members-limit', { max: field.max }) : '');
    const fill = (): void => {
      const current = this.rows(field.key);
      list.replaceChildren(...current.map((row, i) => this.memberRow(field, row, i + 1, status, add)));
      const full = field.max !== null && current.length >= field.max;
      if (full) add.setAttribute('aria-disabled', 'true');
      else add.removeAttribute('aria-disabled');
      this.showProblems();
    };
    add.addEventListener('click', () => {
      const current = this.rows(field.key);
      if (field.max !== null && current.length >= field.max) return;
      current.push({});
      this.values[field.key] = current;
      fill();
      list.querySelector<HTMLElement>('.member-row:last-child input')?.focus();
      announce(status, t('form-member-added', { row: current.length }));
      this.schedule(0);
    });
    const block = h(
      'div',
      { class: 'field form-field form-members', 'data-path': field.key, id: fieldId(field.key), tabindex: '-1', role: 'group', 'aria-labelledby': `${fieldId(field.key)}-label`, 'aria-describedby': describedBy },
      h('p', { id: `${fieldId(field.key)}-label`, class: 'field-label' }, this.label(field)),
      ...nodes,
      list,
      h('div', { class: 'actions' }, add),
      limit,
      status,
    );
    this.controlsOf.set(field.key, []);
    this.membersBlocks.set(field.key, block);
    fill();
    return block;
  }

  private memberRow(field: FieldView, row: Row, index: number, status: HTMLElement, add: HTMLButtonElement): HTMLElement {
    const legendId = `${fieldId(field.key)}-${index}-legend`;
    const remove = h(
      'button',
      { type: 'button', class: 'button button--secondary button--small member-remove' },
      icon('trash'),
      h('span', null, t('form-member-remove', { row: index })),
    );
    remove.addEventListener('click', () => {
      const current = this.rows(field.key);
      current.splice(index - 1, 1);
      this.values[field.key] = current;
      // Problems of the rows after it now belong to other rows: checked again at once.
      for (const path of [...this.touched]) if (path.startsWith(`${field.key}[`)) this.touched.delete(path);
      const block = this.membersBlocks.get(field.key);
      block?.querySelector('.member-rows')?.replaceChildren(...current.map((r, i) => this.memberRow(field, r, i + 1, status, add)));
      if (field.max === null || current.length < field.max) add.removeAttribute('aria-disabled');
      add.focus();
      announce(status, t('form-member-removed'));
      this.schedule(0);
    });
    return h(
      'fieldset',
      { class: 'member-row', 'data-row': String(index), 'aria-labelledby': legendId },
      h('legend', { id: legendId }, t('form-member-heading', { row: index })),
      field.fields.map((sub) =>
        this.single(sub, rowPath(field.key, index, sub.key), row[sub.key], (v) => {
          row[sub.key] = typeof v === 'string' ? v : v.join(',');
        }),
      ),
      h('div', { class: 'actions' }, remove),
    );
  }

  // ---- Checking and saving as the resident types ----

  private schedule(delay: number): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      this.pending = this.checkAndSave();
    }, delay);
  }

  /** Waits for a scheduled check and save to finish (before leaving for the codes). */
  private async flush(): Promise<void> {
    if (this.timer !== undefined) {
      window.clearTimeout(this.timer);
      this.timer = undefined;
      this.pending = this.checkAndSave();
    }
    await this.pending;
  }

  private async checkAndSave(): Promise<void> {
    const values = structuredClone(this.values) as Values;
    const [check, save] = await Promise.allSettled([
      call('form_check', { id: this.form.id, values: values as Record<string, FieldValue> }),
      call('form_draft_save', { id: this.form.id, values: values as Record<string, FieldValue> }),
    ]);
    if (save.status === 'fulfilled') {
      this.draftStatus.textContent = t('form-draft-saved', { time: shortTime(save.value.updated_at) });
      this.draftStatus.classList.remove('form-draft-status--error');
    } else {
      this.draftStatus.textContent = t('form-draft-save-failed', { message: describeError(save.reason) });
      this.draftStatus.classList.add('form-draft-status--error');
    }
    if (check.status === 'fulfilled') this.applyCheck(check.value);
    else announce(document.getElementById('form-status'), t('form-check-failed', { message: describeError(check.reason) }), 'error');
  }

  private applyCheck(result: FormCheckResult): void {
    this.problems = new Map(result.problems.map((p) => [p.field, p]));
    this.showProblems();
    if (this.summary.childElementCount > 0) this.fillSummary(result.problems);
  }

  /** Each touched field's message next to it; only a message that changed is written (live regions). */
  private showProblems(): void {
    for (const [path, error] of this.errorOf) {
      // A removed row's message element (or one not on the page yet) waits for its next render.
      if (!error.isConnected) continue;
      const problem = this.showAll || this.touched.has(path) ? this.problems.get(path) : undefined;
      const text = problem?.message ?? '';
      if (error.textContent !== text) {
        error.replaceChildren(...(problem ? [icon('alert', 'icon field-error-icon'), h('span', null, withJapaneseNames(text))] : []));
      }
      for (const control of this.controlsOf.get(path) ?? []) {
        if (problem) control.setAttribute('aria-invalid', 'true');
        else control.removeAttribute('aria-invalid');
      }
      error.closest('.form-field')?.classList.toggle('form-field--invalid', Boolean(problem));
    }
  }

  /** The list of problems above the button: each a link to its field. */
  private fillSummary(problems: FormProblem[]): void {
    if (problems.length === 0) {
      this.summary.replaceChildren();
      this.summary.removeAttribute('role');
      return;
    }
    const items = problems.map((p) => {
      const target = fieldId(p.field);
      const group = p.field.split('[')[0] ?? '';
      const groupLabel = this.form.sections.flatMap((s) => s.fields).find((f) => f.key === group)?.label.text ?? group;
      const label = p.row !== null ? t('form-problem-member', { group: groupLabel, row: p.row, field: p.label }) : p.label;
      // A message may quote what Japanese residents type (令和7年4月1日): marked lang="ja" in other languages.
      const link = h('a', { href: `#${target}` }, withJapaneseNames(t('form-problem-item', { label, message: p.message })));
      // The fragment is not a route: move focus without touching the address.
      link.addEventListener('click', (event) => {
        event.preventDefault();
        const el = document.getElementById(target);
        el?.focus();
        el?.scrollIntoView({ block: 'center' });
      });
      return h('li', null, link);
    });
    this.summary.replaceChildren(
      h('h2', { id: 'form-problems-heading' }, icon('alert', 'icon'), h('span', null, t('form-problems-heading'))),
      h('p', null, t('form-has-problems', { count: problems.length })),
      h('ul', { role: 'list' }, items),
    );
  }

  private async showCodes(): Promise<void> {
    const button = document.getElementById('form-show-codes');
    if (button?.getAttribute('aria-disabled')) return;
    button?.setAttribute('aria-disabled', 'true');
    try {
      await this.flush();
      const result = await call('form_check', { id: this.form.id, values: this.values as Record<string, FieldValue> });
      if (result.ok) {
        location.hash = featureHash('forms', this.form.id, 'qr');
        return;
      }
      this.showAll = true;
      this.summary.setAttribute('role', 'alert');
      this.applyCheck(result);
      this.fillSummary(result.problems);
      this.summary.focus();
    } catch (err) {
      announce(document.getElementById('form-status'), t('form-check-failed', { message: describeError(err) }), 'error');
    } finally {
      button?.removeAttribute('aria-disabled');
    }
  }

  // ---- Filling in from the profile, with consent ----

  private prefillPanel(): HTMLElement {
    const status = statusRegion('form-prefill-status');
    const given = h('p', { id: 'form-prefill-given', class: 'hint' }, t('form-prefill-given'));
    const fill = h('button', { type: 'button', class: 'button', id: 'form-prefill' }, icon('person'), h('span', null, t('form-prefill-button')));
    const withdraw = h('button', { type: 'button', class: 'button button--secondary', id: 'form-prefill-withdraw' }, h('span', null, t('form-prefill-withdraw')));
    const agree = h('button', { type: 'button', class: 'button', id: 'form-prefill-agree' }, icon('check'), h('span', null, t('form-prefill-agree')));
    const cancel = h('button', { type: 'button', class: 'button button--secondary', id: 'form-prefill-cancel' }, h('span', null, t('form-prefill-cancel')));
    const question = h('p', { id: 'form-prefill-question', tabindex: '-1' }, t('form-prefill-consent'));
    const consentStep = h('div', { class: 'prefill-consent', id: 'form-prefill-consent', role: 'group', 'aria-labelledby': 'form-prefill-question' }, question, h('div', { class: 'actions' }, agree, cancel));
    consentStep.hidden = true;
    const show = (): void => {
      given.hidden = !this.consent;
      withdraw.hidden = !this.consent;
    };
    show();
    const run = async (consent: boolean | undefined, button: HTMLElement): Promise<FormPrefill | null> => {
      if (button.getAttribute('aria-disabled')) return null;
      button.setAttribute('aria-disabled', 'true');
      try {
        await this.flush();
        const result = await call('form_prefill', { id: this.form.id, consent, values: this.values as Record<string, FieldValue> });
        this.consent = result.consent;
        show();
        this.replaceValues(result.values);
        const bad = result.outcome === 'no_profile' || result.outcome === 'profile_not_shared';
        announce(status, consent === false ? t('form-prefill-withdrawn') : result.message, bad ? 'error' : 'ok');
        for (const key of result.filled) this.touched.add(key);
        this.schedule(0);
        return result;
      } catch (err) {
        announce(status, describeError(err), 'error');
        return null;
      } finally {
        button.removeAttribute('aria-disabled');
      }
    };
    fill.addEventListener('click', () => {
      if (!this.consent) {
        // The consent step: nothing is read from the profile before the resident agrees here.
        consentStep.hidden = false;
        question.focus();
        return;
      }
      void run(undefined, fill);
    });
    agree.addEventListener('click', () => {
      void run(true, agree).then(() => {
        consentStep.hidden = true;
        fill.focus();
      });
    });
    cancel.addEventListener('click', () => {
      consentStep.hidden = true;
      fill.focus();
    });
    withdraw.addEventListener('click', () => {
      void run(false, withdraw).then(() => fill.focus());
    });
    return h(
      'section',
      { class: 'card prefill', 'aria-labelledby': 'form-prefill-heading' },
      h('h2', { id: 'form-prefill-heading' }, icon('person'), h('span', null, t('form-prefill-title'))),
      given,
      h('div', { class: 'actions' }, fill, withdraw),
      consentStep,
      status,
    );
  }

  /** Puts values the core filled into the controls (only fields the profile can fill are top-level text). */
  private replaceValues(values: Record<string, FieldValue | undefined>): void {
    for (const [key, value] of Object.entries(values)) {
      if (typeof value !== 'string') continue;
      if (this.values[key] === value) continue;
      this.values[key] = value;
      const control = document.getElementById(fieldId(key));
      if (control instanceof HTMLInputElement && control.type !== 'radio' && control.type !== 'checkbox') control.value = value;
    }
  }
}

export async function renderForm(id: string): Promise<Screen> {
  let form: FormView;
  let draft: FormDraftView;
  try {
    [form, draft] = await Promise.all([call('form_template', { id }), call('form_draft_load', { id })]);
  } catch (err) {
    const notFound = err instanceof ApiError && err.code === 'not_found';
    return {
      title: t(notFound ? 'not-found-title' : 'feature-forms'),
      content: [backToForms(), h('h1', { tabindex: '-1' }, t(notFound ? 'not-found-title' : 'feature-forms')), failure('form-load-failed', 'form-load-failed', err)],
    };
  }
  const editor = new FormEditor(form, draft);
  return { title: form.title.text, content: editor.render(draft.saved) };
}
