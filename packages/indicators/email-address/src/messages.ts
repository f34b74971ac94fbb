/**
 * Message templates by rule and message id. The rules declare them as their
 * `meta.messages`; `normalizeEmailAddress` lists problems by rule and message
 * id. User text in placeholders is already quoted by core's `preview`.
 */
export const MESSAGES = {
  whitespace: {
    surroundingWhitespace: 'Email address {{value}} has leading or trailing whitespace; write {{fixed}}',
  },
  structure: {
    empty: 'Email address is empty; expected local-part@domain',
    missingAt: 'Email address {{value}} has no "@"; expected local-part@domain{{hint}}',
    multipleAt: 'Email address {{value}} has more than one "@" outside quotes; an email address has exactly one, between the local part and the domain',
    emptyLocalPart: 'Email address {{value}} has nothing before the "@"; expected local-part@domain',
    emptyDomain: 'Email address {{value}} has nothing after the "@"; expected local-part@domain',
    defangedAt: 'Email address {{value}} has {{written}} where its "@" belongs; it looks defanged: write "@" (the @tclint/indicator-defanged rules refang it)',
    unterminatedQuote: 'Email address {{value}} starts a quoted local part that is never closed',
  },
  'local-part': {
    invalidCharacter: 'The local part {{local}} of {{value}} contains {{char}}, which an unquoted local part cannot hold{{hint}}',
    controlCharacter: 'The local part {{local}} of {{value}} contains a {{char}}',
    dots: 'The local part {{local}} of {{value}} {{where}}; an unquoted local part is dot-separated words',
    tooLong: 'The local part of {{value}} is {{length}} octets long; at most 64 are allowed',
  },
  domain: {
    uppercase: 'The domain {{domain}} of {{value}} has upper-case letters; ThreatConnect wants the domain of an email address in lower case, like a Host: {{fixed}}',
    nonAscii: 'The domain {{domain}} of {{value}} is not ASCII; ThreatConnect wants it in Punycode, like a Host: {{fixed}}',
    trailingDot: 'The domain {{domain}} of {{value}} ends with a root dot; write {{fixed}}',
    noPunycode: 'The domain {{domain}} of {{value}} is not ASCII and has no Punycode form: {{reason}}',
    ipAddress: 'The domain {{domain}} of {{value}} is an IP address; the domain of an EmailAddress indicator is a host name',
    addressLiteral: 'The domain {{domain}} of {{value}} is an address literal; the domain of an EmailAddress indicator is a host name',
    invalid: 'The domain {{domain}} of {{value}} {{detail}}',
  },
} as const satisfies Record<string, Record<string, string>>;

export type EmailRuleName = keyof typeof MESSAGES;
export type MessageIdOf<R extends EmailRuleName> = keyof (typeof MESSAGES)[R] & string;
