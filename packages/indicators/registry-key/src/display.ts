import { preview } from '@tclint/core';

/**
 * A registry value for a message: core's `preview`, in double quotes but
 * with backslashes as they are (registry paths are made of them, and JSON's
 * `\\` would double every one), cut at 200 characters.
 */
export function display(value: string): string {
  return `"${preview(value, { max: 200, quote: false })}"`;
}
