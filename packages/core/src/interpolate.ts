const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;

/** Fills `{{name}}` placeholders from `data`; unknown placeholders are left as written. */
export function interpolate(template: string, data: Record<string, unknown> | undefined): string {
  if (!data) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
