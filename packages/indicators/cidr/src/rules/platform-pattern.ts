import { platformPatternRule } from '@tclint/tc-types';
import { docsUrl } from '../field.js';

/** ThreatConnect's own CIDR patterns (the user's instance's, else the recorded reply), as a backstop. */
export const platformPattern = platformPatternRule({ type: 'CIDR', docsUrl: docsUrl('platform-pattern') });
