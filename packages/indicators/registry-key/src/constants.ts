/** ThreatConnect's field names for a Registry Key indicator, in summary order. */
export const KEY_NAME = 'Key Name';
export const VALUE_NAME = 'Value Name';
export const VALUE_TYPE = 'Value Type';

/** What to send as the Value Name of a key without one: ThreatConnect requires the field and treats a single space as "no value name". */
export const EMPTY_VALUE_NAME = ' ';

/** The roots a Key Name must start with, exactly as ThreatConnect lists them. */
export const REGISTRY_ROOTS = Object.freeze([
  'HKEY_CLASSES_ROOT',
  'HKEY_CURRENT_CONFIG',
  'HKEY_CURRENT_USER',
  'HKEY_CURRENT_USER_LOCAL_SETTINGS',
  'HKEY_LOCAL_MACHINE',
  'HKEY_PERFORMANCE_DATA',
  'HKEY_PERFORMANCE_NLSTEXT',
  'HKEY_PERFORMANCE_TEXT',
  'HKEY_USERS',
] as const);

export type RegistryRoot = (typeof REGISTRY_ROOTS)[number];

/** The usual abbreviations of the roots (`HKLM\` is the seed's example), by upper-case spelling. */
export const ROOT_ABBREVIATIONS: Readonly<Record<string, RegistryRoot>> = Object.freeze({
  HKLM: 'HKEY_LOCAL_MACHINE',
  HKCU: 'HKEY_CURRENT_USER',
  HKCR: 'HKEY_CLASSES_ROOT',
  HKU: 'HKEY_USERS',
  HKCC: 'HKEY_CURRENT_CONFIG',
});

/** Native NT registry paths (`\REGISTRY\MACHINE\...`) that map to a root, by upper-case object name. */
export const NATIVE_ROOTS: Readonly<Record<string, RegistryRoot>> = Object.freeze({
  MACHINE: 'HKEY_LOCAL_MACHINE',
  USER: 'HKEY_USERS',
});

/** Roots that Windows had but ThreatConnect does not accept (HKEY_DYN_DATA: Windows 95, 98 and ME only). */
export const UNSUPPORTED_ROOTS: Readonly<Record<string, string>> = Object.freeze({
  HKEY_DYN_DATA: 'HKEY_DYN_DATA',
  HKDD: 'HKEY_DYN_DATA',
});

/** The value types ThreatConnect accepts, exactly. */
export const VALUE_TYPES = Object.freeze([
  'REG_NONE',
  'REG_BINARY',
  'REG_DWORD',
  'REG_DWORD_LITTLE_ENDIAN',
  'REG_DWORD_BIG_ENDIAN',
  'REG_EXPAND_SZ',
  'REG_LINK',
  'REG_MULTI_SZ',
  'REG_QWORD',
  'REG_QWORD_LITTLE_ENDIAN',
  'REG_SZ',
] as const);

export type ValueType = (typeof VALUE_TYPES)[number];

/** Real Windows value types that ThreatConnect does not accept. */
export const UNACCEPTED_VALUE_TYPES = Object.freeze(['REG_RESOURCE_LIST', 'REG_FULL_RESOURCE_DESCRIPTOR', 'REG_RESOURCE_REQUIREMENTS_LIST'] as const);


/** The longest Key Name ThreatConnect's Registry Key pattern accepts (`(?=.{1,257}$)`), in code points. */
export const MAX_KEY_NAME_LENGTH = 257;
/** The longest Value Name its pattern (`.{0,214}`) accepts, in code points. */
export const MAX_VALUE_NAME_LENGTH = 214;
