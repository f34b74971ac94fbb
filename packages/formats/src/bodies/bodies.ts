import { findIndicatorType, type IndicatorSubject } from '@tclint/core';
import { isJsonObject, readItem, writeItem, type ItemShape, type ItemTypes, type JsonObject } from './body-item.js';
import { jsonLayout, stringifyLike, type JsonLayout } from '../json/json-text.js';

/**
 * The ThreatConnect indicator bodies tclint reads and writes:
 * - `v2`: a v2 single create, `POST /v2/indicators/<branch>` with the type's fields;
 * - `v2-batch`: v2 batch JSON, `{"indicator": [{type, summary, ...}], "group": [...]}` (or a bare array of items);
 * - `v3`: a v3 create body `{type, <field>: ...}`, or an array of them.
 */
export type BodyForm = 'v2' | 'v2-batch' | 'v3';

/** One indicator found in a body; `subject` is absent when the item could not be read (see `problem`). */
export interface BodyEntry {
  index: number;
  /** Where the item is: `indicator[3]` (batch), `[3]` (an array of bodies), null (a single body). */
  path: string | null;
  subject?: IndicatorSubject;
  problem?: string;
  /** The item's own `type` property as written (`ip-dst`), which a fix rewrites to ThreatConnect's name. */
  typeName?: string;
  /** The item as JSON text. */
  raw: string;
}

export interface IndicatorBody {
  readonly form: BodyForm;
  readonly entries: readonly BodyEntry[];
  /** Puts fixed values back into entry `index`; every other property and the order are kept. */
  update(index: number, fixed: IndicatorSubject): void;
  /** Whether `update` changed anything. */
  readonly changed: boolean;
  /** The document, with updates, laid out like the input text (the input text itself when nothing changed). */
  serialize(): string;
}

export interface BodyOptions {
  /** The type of items that have none of their own: neither a `type` property nor field names of one type (`--type`; for v2, an unknown URL branch). */
  type?: string;
  /** The input text, to copy its indentation and line endings; compact JSON without it. */
  text?: string;
}

interface Slot {
  container: JsonObject[] | unknown[];
  position: number;
  shape: ItemShape;
}

function makeBody(form: BodyForm, document: unknown, slots: Slot[], entries: BodyEntry[], text: string | undefined): IndicatorBody {
  const layout: JsonLayout = jsonLayout(text ?? '');
  let changed = false;
  return {
    form,
    entries,
    get changed() {
      return changed;
    },
    update(index, fixed) {
      const slot = slots[index];
      const item = slot?.container[slot.position];
      if (!slot || !isJsonObject(item)) return;
      const before = JSON.stringify(item);
      writeItem(item, slot.shape, fixed);
      if (JSON.stringify(item) !== before) changed = true;
    },
    // an unchanged body is given back exactly as it was read
    serialize: () => (!changed && text !== undefined ? text : stringifyLike(document, layout)),
  };
}

function collect(form: BodyForm, document: unknown, items: unknown[], pathOf: (i: number) => string | null, prefer: ItemShape, options: BodyOptions, types: ItemTypes = options.type === undefined ? {} : { fallback: options.type }): IndicatorBody {
  const slots: Slot[] = [];
  const entries: BodyEntry[] = [];
  items.forEach((item, index) => {
    const reading = readItem(item, prefer, types);
    const entry: BodyEntry = { index, path: pathOf(index), raw: JSON.stringify(item) ?? 'undefined' };
    if (reading.subject) entry.subject = reading.subject;
    if (reading.problem) entry.problem = reading.problem;
    if (reading.typeName !== undefined) entry.typeName = reading.typeName;
    slots.push({ container: items, position: index, shape: reading.shape });
    entries.push(entry);
  });
  return makeBody(form, document, slots, entries, options.text);
}

/** A v2 single-create body; the type comes from the URL branch (`hosts`, `registryKeys`) or `options.type`. */
export function v2Body(document: unknown, branch: string, options: BodyOptions = {}): IndicatorBody {
  const known = findIndicatorType(branch)?.name;
  return collect('v2', document, [document], () => null, 'fields', options, known ? { known } : { fallback: options.type ?? branch });
}

/** v2 batch JSON: `{"indicator": [...]}` or a bare array of batch items. Groups and other keys are kept as they are. */
export function v2BatchBody(document: unknown, options: BodyOptions = {}): IndicatorBody {
  if (Array.isArray(document)) return collect('v2-batch', document, document, (i) => `[${i}]`, 'summary', options);
  const items = isJsonObject(document) && Array.isArray(document.indicator) ? document.indicator : [];
  return collect('v2-batch', document, items, (i) => `indicator[${i}]`, 'summary', options);
}

/** One v3 create body or an array of them. */
export function v3Body(document: unknown, options: BodyOptions = {}): IndicatorBody {
  if (Array.isArray(document)) return collect('v3', document, document, (i) => `[${i}]`, 'fields', options);
  return collect('v3', document, [document], () => null, 'fields', options);
}

/** Whether a parsed document looks like v2 batch JSON. */
export function isBatchDocument(document: unknown): boolean {
  return isJsonObject(document) && Array.isArray(document.indicator);
}

/** Parses body text as the given form. Throws a SyntaxError on invalid JSON. */
export function parseBody(text: string, form: BodyForm, options: Omit<BodyOptions, 'text'> & { branch?: string } = {}): IndicatorBody {
  const document: unknown = JSON.parse(text);
  if (form === 'v2') return v2Body(document, options.branch ?? options.type ?? '', { ...options, text });
  if (form === 'v2-batch') return v2BatchBody(document, { ...options, text });
  return v3Body(document, { ...options, text });
}
