const LIMIT = 80;

/** Long text cut down for a message, so a megabyte of junk does not become a megabyte of message. */
export function excerpt(text: string): string {
  return text.length <= LIMIT ? text : `${text.slice(0, LIMIT - 20)}… (${text.length} characters)`;
}
