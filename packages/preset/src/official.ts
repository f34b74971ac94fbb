import type { Plugin } from '@tclint/core';
import { plugin as accessDenied } from '@tclint/error-access-denied';
import { plugin as signature } from '@tclint/error-signature';
import { plugin as tcexMain } from '@tclint/error-tcex-main';
import { plugin as timestamp } from '@tclint/error-timestamp';
import { plugin as unauthorized } from '@tclint/error-unauthorized';
import { plugin as address } from '@tclint/indicator-address';
import { plugin as asn } from '@tclint/indicator-asn';
import { plugin as cidr } from '@tclint/indicator-cidr';
import { plugin as defanged } from '@tclint/indicator-defanged';
import { plugin as emailAddress } from '@tclint/indicator-email-address';
import { plugin as emailSubject } from '@tclint/indicator-email-subject';
import { plugin as file } from '@tclint/indicator-file';
import { plugin as hashtag } from '@tclint/indicator-hashtag';
import { plugin as host } from '@tclint/indicator-host';
import { plugin as mutex } from '@tclint/indicator-mutex';
import { plugin as registryKey } from '@tclint/indicator-registry-key';
import { plugin as url } from '@tclint/indicator-url';
import { plugin as userAgent } from '@tclint/indicator-user-agent';

/** Every official rule package: indicator types, defanged input, then error classes. */
export const OFFICIAL_PLUGINS: readonly Plugin[] = [
  address,
  emailAddress,
  file,
  host,
  url,
  asn,
  cidr,
  emailSubject,
  hashtag,
  mutex,
  registryKey,
  userAgent,
  defanged,
  signature,
  timestamp,
  accessDenied,
  unauthorized,
  tcexMain,
];
