import { el, plural } from './dom.js';

export interface PagedListOptions<T> {
  /** Rows shown at first and added by each "Show more". */
  pageSize: number;
  /** What holds the rows (a table's body, a list), created once per reset. */
  frame(): { root: HTMLElement; rows: HTMLElement };
  row(item: T): HTMLElement;
  /** Shown when there is nothing. */
  empty: string;
  noun: [singular: string, plural: string];
}

export interface PagedList<T> {
  append(items: readonly T[]): void;
  reset(): void;
  readonly count: number;
}

/**
 * A long list shown a page at a time, so that 100,000 rows never cost the
 * page more than it shows: items are kept, rows are made when shown.
 */
export function pagedList<T>(container: HTMLElement, options: PagedListOptions<T>): PagedList<T> {
  const items: T[] = [];
  let shown = 0;
  let frame: { root: HTMLElement; rows: HTMLElement } | undefined;
  const more = el('button', { type: 'button', class: 'more' });
  const empty = el('p', { class: 'hint' }, options.empty);

  const showUpTo = (limit: number) => {
    if (items.length && !frame) {
      frame = options.frame();
      container.replaceChildren(frame.root, more);
    }
    if (!frame) return;
    const end = Math.min(limit, items.length);
    const fragment = document.createDocumentFragment();
    for (; shown < end; shown++) fragment.append(options.row(items[shown]!));
    frame.rows.append(fragment);
    const left = items.length - shown;
    more.hidden = left === 0;
    more.textContent = `Show ${Math.min(left, options.pageSize).toLocaleString('en-US')} more (${plural(left, ...options.noun)} not shown)`;
  };
  more.addEventListener('click', () => showUpTo(shown + options.pageSize));

  const list: PagedList<T> = {
    append(added) {
      for (const item of added) items.push(item);
      if (shown < options.pageSize) showUpTo(options.pageSize);
      else showUpTo(shown);
    },
    reset() {
      items.length = 0;
      shown = 0;
      frame = undefined;
      container.replaceChildren(empty);
    },
    get count() {
      return items.length;
    },
  };
  list.reset();
  return list;
}
