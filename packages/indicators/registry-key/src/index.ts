import { definePlugin } from '@tclint/core';
import { detectRegistryKey } from './detect.js';
import { emptySubkey } from './rules/empty-subkey.js';
import { keyRoot } from './rules/key-root.js';
import { valueName } from './rules/value-name.js';
import { valueType } from './rules/value-type.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'registry-key' },
  rules: { 'key-root': keyRoot, 'value-name': valueName, 'value-type': valueType, 'empty-subkey': emptySubkey },
  detect: detectRegistryKey,
});

export default plugin;

export {
  EMPTY_VALUE_NAME,
  KEY_NAME,
  NATIVE_ROOTS,
  REGISTRY_ROOTS,
  ROOT_ABBREVIATIONS,
  UNACCEPTED_VALUE_TYPES,
  UNSUPPORTED_ROOTS,
  VALUE_NAME,
  VALUE_TYPE,
  VALUE_TYPES,
  type RegistryRoot,
  type ValueType,
} from './constants.js';
export { detectRegistryKey } from './detect.js';
export { canonicalKeyName, parseKeyRoot, type KeyRootDeparture, type KeyRootParse } from './key-root.js';
export { parseValueType, type ValueTypeParse } from './value-type.js';
