// Typographic quotes as word processors and web pages render Python's message ("Can’t find ‘__main__’ module in ‘.’").
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u02bc\uff07]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\uff02]/g;

/** Replaces typographic quotes with ASCII ones, keeping every index where it was. */
export function straightenQuotes(text: string): string {
  return text.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
}
