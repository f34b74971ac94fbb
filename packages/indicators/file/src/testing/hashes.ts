// Hashes of the empty file, in each form the tests need.
export const MD5 = 'd41d8cd98f00b204e9800998ecf8427e';
export const SHA1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
export const SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
/** Hashes of "abc", when a second, different hash of a kind is needed. */
export const OTHER_MD5 = '900150983cd24fb0d6963f7d28e17f72';
export const OTHER_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

export const upper = (hash: string) => hash.toUpperCase();
/** `D4:1D:8C:…` */
export const fingerprintOf = (hash: string) => hash.toUpperCase().match(/../g)!.join(':');
