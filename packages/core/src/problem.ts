import { interpolate } from './interpolate.js';
import type { Fix, Report } from './rule.js';

/** Message templates by rule id, then message id: each rule's `meta.messages` is one entry. */
export type MessageCatalog = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * A problem an analysis found, ready to report: a `Report` (pass it to
 * `context.report` as it is) that also names its rule and renders its message
 * only when `message` is read, so the engine, which renders its own, never
 * pays for it. `JSON.stringify` gives a plain object with the message.
 */
export class Problem<RuleName extends string = string> implements Report {
  declare field?: string;
  declare fix?: Fix;
  readonly #template: string;

  constructor(
    /** The rule that reports it (its id within the plugin). */
    readonly rule: RuleName,
    readonly messageId: string,
    readonly data: Readonly<Record<string, unknown>>,
    template: string,
    field?: string,
    fix?: Fix,
  ) {
    this.#template = template;
    if (field !== undefined) this.field = field;
    if (fix !== undefined) this.fix = fix;
  }

  /** The message, rendered now from the template and `data`, as the engine renders it. */
  get message(): string {
    return interpolate(this.#template, this.data);
  }

  toJSON(): { rule: RuleName; messageId: string; message: string; data: Readonly<Record<string, unknown>>; field?: string; fix?: Fix } {
    const json: ReturnType<Problem<RuleName>['toJSON']> = { rule: this.rule, messageId: this.messageId, message: this.message, data: this.data };
    if (this.field !== undefined) json.field = this.field;
    if (this.fix !== undefined) json.fix = this.fix;
    return json;
  }
}

/** Makes problems of the rules of one catalog, with the rule and message ids checked by TypeScript. */
export type ProblemMaker<C extends MessageCatalog> = <R extends keyof C & string>(
  rule: R,
  messageId: keyof C[R] & string,
  data: Readonly<Record<string, unknown>>,
  field?: string,
  fix?: Fix,
) => Problem<R>;

/**
 * A maker of `Problem`s from a catalog of the rules' messages, for an analysis
 * that finds problems for several rules at once (and a library API that
 * returns them with their messages):
 *
 * ```ts
 * const problem = problemMaker({ prefix: prefix.meta.messages, range: { tooBig: '{{n}} is too big' } });
 * problem('range', 'tooBig', { n: 7 }, 'AS Number');
 * ```
 */
export function problemMaker<C extends MessageCatalog>(catalog: C): ProblemMaker<C> {
  return (rule, messageId, data, field, fix) => {
    const template = catalog[rule]?.[messageId];
    if (template === undefined) throw new Error(`no message "${messageId}" for rule "${rule}" in the catalog`);
    return new Problem(rule, messageId, data, template, field, fix);
  };
}
