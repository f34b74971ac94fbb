import type { IndicatorSubject } from '@tclint/core';
import type { BodyEntry, BodyForm, IndicatorBody } from '../bodies/bodies.js';
import { isJsonObject, readItem, writeItem, type ItemShape } from '../bodies/body-item.js';
import type { Salvage, SalvagedElement } from './json-salvage.js';

/**
 * The body of a JSON document that does not parse, made of the complete
 * elements read before the break (`salvageArray`). It serializes to the
 * input text with only the fixed elements' text replaced: the broken tail and
 * everything between elements stay byte for byte.
 */
export function salvagedBody(text: string, salvage: Salvage | undefined, format: 'json' | 'batch', type?: string): IndicatorBody {
  const batch = format === 'batch' || salvage?.container === 'indicator';
  const form: BodyForm = batch ? 'v2-batch' : 'v3';
  const prefer: ItemShape = batch ? 'summary' : 'fields';
  const prefix = salvage?.container === 'indicator' ? 'indicator' : '';
  const elements = salvage?.elements ?? [];
  const shapes: ItemShape[] = [];
  const entries: BodyEntry[] = elements.map((element, index) => {
    const reading = readItem(element.value, prefer, type === undefined ? {} : { fallback: type });
    shapes.push(reading.shape);
    const entry: BodyEntry = { index, path: `${prefix}[${index}]`, raw: JSON.stringify(element.value) ?? 'undefined' };
    if (reading.subject) entry.subject = reading.subject;
    if (reading.problem) entry.problem = reading.problem;
    if (reading.typeName !== undefined) entry.typeName = reading.typeName;
    return entry;
  });
  const changed = new Set<number>();
  return {
    form,
    entries,
    get changed() {
      return changed.size > 0;
    },
    update(index: number, fixed: IndicatorSubject) {
      const item = elements[index]?.value;
      if (!isJsonObject(item)) return;
      const before = JSON.stringify(item);
      writeItem(item, shapes[index]!, fixed);
      if (JSON.stringify(item) !== before) changed.add(index);
    },
    serialize() {
      if (changed.size === 0) return text;
      let out = '';
      let at = 0;
      elements.forEach((element, index) => {
        if (!changed.has(index)) return;
        out += text.slice(at, element.start) + rendered(text, element);
        at = element.end;
      });
      return out + text.slice(at);
    },
  };
}

/** An element's new text, laid out like its old one: on one line, or indented as it was. */
function rendered(text: string, { value, start, end }: SalvagedElement): string {
  const firstBreak = text.indexOf('\n', start);
  if (firstBreak === -1 || firstBreak >= end) return JSON.stringify(value);
  const eol = text.charCodeAt(firstBreak - 1) === 0x0d ? '\r\n' : '\n';
  const margin = leadingSpace(text, text.lastIndexOf('\n', start - 1) + 1, start);
  const inner = leadingSpace(text, firstBreak + 1, end);
  // the indent unit is what the element's second line adds to the margin of its first
  const unit = inner.length > margin.length && inner.startsWith(margin) ? inner.slice(margin.length) : '  ';
  return JSON.stringify(value, null, unit).split('\n').join(eol + margin);
}

/** The spaces and tabs that start at `from` (up to `limit`). */
function leadingSpace(text: string, from: number, limit: number): string {
  let i = from;
  while (i < limit && (text[i] === ' ' || text[i] === '\t')) i++;
  return text.slice(from, i);
}
