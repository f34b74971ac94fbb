import { testIsClean, testMayDetect } from '@tclint/rule-tester';
import { recordedIndicatorTypes } from '@tclint/tc-types';
import fc from 'fast-check';
import { plugin } from './index.js';
import { noise, spelled } from './testing/spellings.js';

const seedAndReadme = ['ASN12345', '12345', 'AS12345', 'AS 12345', 'ASN 12345', 'ASN0', 'ASN4294967295', 'ASN4294967296', 'ASN012', 'as12345', 'asn12345', 'ASN64512', 'ASN65552', 'ASN23455', 'AS12abc', '', ' ASN1', 'ASN1 ', 'ASN499999999', 'ASN500000000', 'ASN000000012'];

testIsClean(plugin, { arbitrary: fc.oneof(spelled, noise), exact: seedAndReadme });
testMayDetect(plugin, { arbitrary: fc.oneof(spelled, noise), values: seedAndReadme });
// with a user's own reply (here the recorded one, passed as a setting), isClean also asks its pattern
testIsClean(plugin, { arbitrary: fc.oneof(spelled, noise), exact: seedAndReadme, settings: { indicatorTypes: recordedIndicatorTypes() } });
