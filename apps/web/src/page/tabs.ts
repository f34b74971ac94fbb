/** The tabs of a tablist (WAI-ARIA tabs: arrows, Home and End move between them, the selected one is the only tab stop). */
export function setUpTabs(tablist: HTMLElement, onSelect?: (tab: HTMLElement) => void): { select(tab: HTMLElement): void } {
  const tabs = [...tablist.querySelectorAll<HTMLElement>('[role="tab"]')];
  const select = (tab: HTMLElement) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute('aria-controls') ?? '')!.hidden = !selected;
    }
    onSelect?.(tab);
  };
  for (const tab of tabs) {
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', (event) => {
      const at = tabs.indexOf(tab);
      const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      const target = tabs[(next + tabs.length) % tabs.length]!;
      select(target);
      target.focus();
    });
  }
  return { select };
}
