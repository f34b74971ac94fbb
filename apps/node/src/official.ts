import type { Plugin } from '@tclint/core';
import { plugin as accessDenied } from '@tclint/error-access-denied';
import { plugin as signature } from '@tclint/error-signature';
import { plugin as tcexMain } from '@tclint/error-tcex-main';
import { plugin as timestamp } from '@tclint/error-timestamp';
import { plugin as unauthorized } from '@tclint/error-unauthorized';
import { plugin as asn } from '@tclint/indicator-asn';
import { plugin as cidr } from '@tclint/indicator-cidr';
import { plugin as host } from '@tclint/indicator-host';
import { plugin as registryKey } from '@tclint/indicator-registry-key';
import { plugin as url } from '@tclint/indicator-url';

/** Every official rule package, indicator types first, then error classes. */
export const OFFICIAL_PLUGINS: readonly Plugin[] = [asn, cidr, host, url, registryKey, signature, timestamp, accessDenied, unauthorized, tcexMain];
