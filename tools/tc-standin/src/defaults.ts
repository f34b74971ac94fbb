import type { StandinOwner, StandinToken, StandinUser } from './types.js';

/** The secret key of ThreatConnect's published signature examples; the default user's key. */
export const DEFAULT_SECRET_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD';
export const DEFAULT_ACCESS_ID = '12345678901234567890';
/** A token in ThreatConnect's shape (`APIV2:...`); valid until year 2100 on the stand-in's clock. */
export const DEFAULT_TOKEN = 'APIV2:430:c8mTcH:4102444800000:7mbiy0StandinTokenDefault=';

export const DEFAULT_OWNERS: readonly StandinOwner[] = [
  { id: 1, name: 'Example Organization', type: 'Organization' },
  { id: 2, name: 'Common Community', type: 'Community' },
  { id: 3, name: 'Restricted Source', type: 'Source' },
];

/** The default user may use the organization and the community, not the restricted source. */
export const DEFAULT_USERS: readonly StandinUser[] = [
  { accessId: DEFAULT_ACCESS_ID, secretKey: DEFAULT_SECRET_KEY, owners: ['Example Organization', 'Common Community'] },
];

export const DEFAULT_TOKENS: readonly StandinToken[] = [
  { token: DEFAULT_TOKEN, expires: 4102444800, owners: ['Example Organization', 'Common Community'] },
];
