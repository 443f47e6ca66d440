// The one-line message of each UK GDPR item when the draft does not address it (see
// gdpr/messages.ts): the GDPR's words, except where UK law decides the item.

import { GDPR_MESSAGES } from '../gdpr/messages';

export const UK_GDPR_MESSAGES: Readonly<Record<string, string>> = {
  ...GDPR_MESSAGES,
  'international-transfers': 'No word on transfers outside the UK: name the countries and the UK safeguard, or say there are none',
  'right-complaint': 'Right to complain to the ICO not mentioned: tell people they may complain to the Information Commissioner',
};
