const MAX_SHOWN = 64;

/**
 * A value as it appears in a message: quoted, control characters and lone
 * surrogates escaped, and cut to a readable length with the full length named,
 * so a 1 MB input does not make a 1 MB message.
 */
export function display(value: string): string {
  if (value.length <= MAX_SHOWN) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, MAX_SHOWN))}… (${value.length} characters)`;
}

/** A run of digits for a message; long runs are cut and their length named (nothing is rounded). */
export function displayDigits(digits: string): string {
  if (digits.length <= 20) return digits;
  return `${digits.slice(0, 12)}… (a ${digits.length}-digit number)`;
}
