// The seed examples, verbatim ("Common Errors", Registry Key Indicators).
// Not exported from the package: tests share them.

export const SEED_CORRECT_KEY = String.raw`HKEY_LOCAL_MACHINE\Software\Microsoft\Windows NT\CurrentVersion\WbemPerf\001`;
export const SEED_INCORRECT_KEY = String.raw`HKLM\Software\Microsoft\Windows NT\CurrentVersion\WbemPerf\001`;

/** The seed's request body, as JSON text: the key has single backslashes once parsed. */
export const SEED_BODY_JSON = String.raw`{
  "Key Name": "HKEY_LOCAL_MACHINE\\Software\\Microsoft\\DRM\\{cd704ff3-cd05-479e-acf7-6474908031dd}",
  "Value Name": " ",
  "Value Type": "REG_NONE"
}`;

export const SEED_BODY: Record<string, string> = JSON.parse(SEED_BODY_JSON);
