/** A run of digits for a message; long runs are cut and their length named (nothing is rounded). */
export function displayDigits(digits: string): string {
  if (digits.length <= 20) return digits;
  return `${digits.slice(0, 12)}… (a ${digits.length}-digit number)`;
}
