import type { ProblemRow } from '../protocol.js';
import { el } from './dom.js';
import { pagedList, type PagedList } from './paged-list.js';

const PAGE = 500;

/** The problems of the records: line, type, severity, rule (a link to its documentation) and message, one row each. */
export function problemTable(container: HTMLElement, caption: string, empty: string): PagedList<ProblemRow> {
  return pagedList<ProblemRow>(container, {
    pageSize: PAGE,
    empty,
    noun: ['problem', 'problems'],
    frame() {
      const rows = el('tbody');
      const head = el('thead', {}, el('tr', {}, ...['Line', 'Type', 'Severity', 'Rule', 'Message'].map((name) => el('th', { scope: 'col' }, name))));
      const root = el('table', { class: 'problems' }, el('caption', { class: 'visually-hidden' }, caption), head, rows);
      return { root, rows };
    },
    row(problem) {
      const rule = problem.docsUrl ? el('a', { href: problem.docsUrl, target: '_blank', rel: 'noopener noreferrer' }, problem.ruleId) : el('code', {}, problem.ruleId);
      return el(
        'tr',
        {},
        el('td', { 'data-label': 'Line' }, problem.at),
        el('td', { 'data-label': 'Type' }, problem.type ?? '-'),
        el('td', { 'data-label': 'Severity' }, el('span', { class: `severity-${problem.severity}` }, problem.severity)),
        el('td', { 'data-label': 'Rule', class: 'rule' }, rule),
        el('td', { 'data-label': 'Message', class: 'message' }, problem.message),
      );
    },
  });
}
