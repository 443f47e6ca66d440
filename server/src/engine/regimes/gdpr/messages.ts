// The one-line message of each GDPR item when the draft does not address it: what is missing,
// then what to add, in a few words. The engine appends the article ("(GDPR Art. 13(2)(a))"); the
// why and an example are in the item's explanation (hover, report, --verbose). Keyed by item name.

export const GDPR_MESSAGES: Readonly<Record<string, string>> = {
  'controller-identity': 'Controller not named: give its full legal name',
  'controller-contact': 'No contact details for the controller: give at least an e-mail or postal address',
  'dpo-contact': 'No contact details of the DPO: give an e-mail or postal address for the DPO',
  'data-categories': 'No categories of personal data: list the kinds of data you process',
  purposes: 'No purposes: say what the personal data are used for',
  'legal-basis': 'No legal basis: name the Art. 6(1) basis for each purpose',
  'legitimate-interests': 'Legitimate interests not described: say which interests you rely on',
  'data-source': 'No source of the data: say where data you did not collect from the person come from',
  retention: 'No retention period: say how long data are kept or the criteria',
  recipients: 'No recipients: say who receives the data, by name or category',
  'international-transfers': 'No word on transfers outside the EEA: name the countries and the safeguard, or say there are none',
  'statutory-requirement': 'Not said whether data must be provided: say which are required, why, and what happens if not',
  'automated-decision-making': 'No word on automated decisions: say whether any are made, and if so their logic and effects',
  'right-access': 'Right of access not mentioned: tell people they may obtain a copy of their data',
  'right-rectification': 'Right to rectification not mentioned: tell people they may have inaccurate data corrected',
  'right-erasure': 'Right to erasure not mentioned: tell people they may have their data erased',
  'right-restriction': 'Right to restriction not mentioned: tell people they may have processing restricted',
  'right-objection': 'Right to object not mentioned: tell people they may object, and always to direct marketing',
  'right-portability': 'Right to data portability not mentioned: tell people they may take their data elsewhere',
  'right-withdraw-consent': 'Right to withdraw consent not mentioned: say it may be withdrawn at any time, and how',
  'right-complaint': 'Right to complain not mentioned: tell people they may complain to a supervisory authority',
};
