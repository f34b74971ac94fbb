import { definePlugin } from '@tclint/core';
import { platformPatternRule } from '@tclint/tc-types';
import { detectRegistryKey, mayDetectRegistryKey } from './detect.js';
import { docsUrl } from './docs-url.js';
import { isCleanRegistryKey } from './is-clean.js';
import { emptySubkey } from './rules/empty-subkey.js';
import { keyName } from './rules/key-name.js';
import { keyRoot } from './rules/key-root.js';
import { keyValue } from './rules/key-value.js';
import { valueName } from './rules/value-name.js';
import { valueType } from './rules/value-type.js';
import { name, version } from '../package.json';

export const plugin = definePlugin({
  meta: { name, version, namespace: 'registry-key' },
  rules: {
    'key-root': keyRoot,
    'key-name': keyName,
    'value-name': valueName,
    'value-type': valueType,
    'empty-subkey': emptySubkey,
    'key-value': keyValue,
    'platform-pattern': platformPatternRule({ type: 'Registry Key', docsUrl: docsUrl('platform-pattern') }),
  },
  detect: detectRegistryKey,
  mayDetect: mayDetectRegistryKey,
  isClean: isCleanRegistryKey,
});

export default plugin;

export { acceptedValueTypes } from './accepted-value-types.js';
export {
  EMPTY_VALUE_NAME,
  KEY_NAME,
  MAX_KEY_NAME_LENGTH,
  MAX_VALUE_NAME_LENGTH,
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
export { detectRegistryKey, mayDetectRegistryKey } from './detect.js';
export { isCleanRegistryKey } from './is-clean.js';
export { canonicalKeyName, keyRoot, parseKeyRoot, type KeyRootDeparture, type KeyRootParse } from './key-root.js';
export { keyValueLine, readKeyValueLine, type KeyValueLine } from './key-value.js';
export { parseValueType, type ValueTypeParse } from './value-type.js';
