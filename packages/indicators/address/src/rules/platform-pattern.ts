import { platformPatternRule } from '@tclint/tc-types';
import { docsUrl } from '../field.js';

/** ThreatConnect's own Address patterns (the user's instance's, else the recorded reply), as a backstop. */
export const platformPattern = platformPatternRule({ type: 'Address', docsUrl: docsUrl('platform-pattern') });
