// The one-line message of each CalOPPA item when the draft does not address it (see
// gdpr/messages.ts for the form).

export const CALOPPA_MESSAGES: Readonly<Record<string, string>> = {
  'effective-date': 'No effective date: state when the policy takes effect',
  'change-notification': 'No word on how changes are announced: say how users learn of material changes',
  'do-not-track': 'No Do Not Track statement: say how you respond to browsers’ Do Not Track signals',
  'third-party-tracking': 'No word on third-party tracking: say whether others may track users across sites and over time',
};
