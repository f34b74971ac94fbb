export { startStandin, type Standin } from './server.js';
export { computeSignature } from './auth.js';
export { checkIndicator, checkAsn, checkCidr, checkCryptoWallet, checkHost, checkUrl, checkRegistryKey, REGISTRY_ROOTS, REGISTRY_VALUE_TYPES } from './formats.js';
export { CUSTOM_TYPE_REPLY, STANDIN_INDICATOR_TYPES, WALLET_CURRENCIES } from './custom-type.js';
export { STANDIN_TYPES, typeByBranch, typeByName, type StandinIndicatorType } from './indicator-types.js';
export { MESSAGES } from './envelope.js';
export { DEFAULT_ACCESS_ID, DEFAULT_OWNERS, DEFAULT_SECRET_KEY, DEFAULT_TOKEN, DEFAULT_TOKENS, DEFAULT_USERS } from './defaults.js';
export type {
  BatchError,
  LoggedRequest,
  Principal,
  StandinOptions,
  StandinOwner,
  StandinState,
  StandinToken,
  StandinUser,
  StoredBatch,
  StoredIndicator,
} from './types.js';
