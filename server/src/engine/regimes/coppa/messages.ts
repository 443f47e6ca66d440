// The one-line message of the COPPA item when the draft does not address it (see
// gdpr/messages.ts for the form).

export const COPPA_MESSAGES: Readonly<Record<string, string>> = {
  children: 'No statement on children under 13: say whether the service is directed to them, and if so what you collect',
};
