import { el, plural } from './dom.js';

/** Where a list's items come from: the page's own (lines of the fixed file) or the worker's (problem rows, asked for a page at a time). */
export interface ListSource<T> {
  readonly total: number;
  slice(from: number, to: number): T[] | Promise<T[]>;
}

export interface PagedListOptions<T> {
  /** Rows shown at first and added by each "Show more". */
  pageSize: number;
  /** What holds the rows (a table's body, a list), created once per source. */
  frame(): { root: HTMLElement; rows: HTMLElement };
  row(item: T): HTMLElement;
  /** Shown when there is nothing. */
  empty: string;
  noun: [singular: string, plural: string];
}

export interface PagedList<T> {
  show(source: ListSource<T>): void;
  reset(): void;
}

/** Rows made per task: drawing a page at once would hold the main thread for hundreds of milliseconds. */
const ROWS_PER_TASK = 100;

/**
 * A long list shown a page at a time, so that 100,000 rows never cost the
 * page more than it shows: items are asked for when shown, and rows made a
 * hundred per task. While it draws, its container has `data-drawing="true"`.
 */
export function pagedList<T>(container: HTMLElement, options: PagedListOptions<T>): PagedList<T> {
  let source: ListSource<T> | undefined;
  let shown = 0;
  let generation = 0;
  let frame: { root: HTMLElement; rows: HTMLElement } | undefined;
  const more = el('button', { type: 'button', class: 'more' });
  const empty = el('p', { class: 'hint' }, options.empty);

  const drawing = (busy: boolean) => {
    container.dataset.drawing = String(busy);
    const left = (source?.total ?? 0) - shown;
    more.hidden = busy || left <= 0;
    more.textContent = `Show ${Math.min(left, options.pageSize).toLocaleString('en-US')} more (${plural(left, ...options.noun)} not shown)`;
  };

  /** Shows the next page: asks for its items, then makes their rows a task at a time. */
  const showPage = async () => {
    if (!source || !frame) return;
    const mine = generation;
    const target = frame;
    drawing(true);
    const items = await source.slice(shown, Math.min(shown + options.pageSize, source.total));
    for (let at = 0; at < items.length; at += ROWS_PER_TASK) {
      if (at > 0) await new Promise((resolve) => setTimeout(resolve, 0));
      if (mine !== generation) return;
      const fragment = document.createDocumentFragment();
      for (const item of items.slice(at, at + ROWS_PER_TASK)) fragment.append(options.row(item));
      target.rows.append(fragment);
    }
    if (mine !== generation) return;
    shown += items.length;
    drawing(false);
  };
  more.addEventListener('click', () => void showPage());

  const list: PagedList<T> = {
    show(given) {
      list.reset();
      source = given;
      if (given.total === 0) return;
      frame = options.frame();
      container.replaceChildren(frame.root, more);
      void showPage();
    },
    reset() {
      generation++;
      source = undefined;
      frame = undefined;
      shown = 0;
      container.replaceChildren(empty);
      drawing(false);
    },
  };
  list.reset();
  return list;
}
