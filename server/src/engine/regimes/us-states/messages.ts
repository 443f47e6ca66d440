// The one-line message of each state-law item when the draft does not address it (see
// gdpr/messages.ts for the form). The engine appends the first statute cited.

export const US_STATES_MESSAGES: Readonly<Record<string, string>> = {
  'effective-date': 'No effective date: state when the notice was last updated or took effect',
  'categories-processed': 'No categories of personal data processed: list the kinds of data you process',
  purposes: 'No purposes: say what you use personal data for',
  'sensitive-data': 'No word on sensitive data: say which you process, with opt-in consent, or that you process none',
  'categories-shared': 'No categories shared with third parties: list them, or say you share none',
  'third-party-categories': 'No categories of third parties: say what kinds of third parties receive data',
  'right-access': 'Right to confirm and access not mentioned: tell consumers they may access their data',
  'right-correct': 'Right to correct not mentioned: tell consumers they may have inaccurate data corrected',
  'right-delete': 'Right to delete not mentioned: tell consumers they may have their data deleted',
  'right-portability': 'Right to data portability not mentioned: tell consumers they may get a portable copy',
  'right-opt-out': 'Right to opt out of targeted advertising and sale not mentioned: describe it and how to use it',
  'right-opt-out-profiling': 'Right to opt out of profiling not mentioned: describe it, or say you make no such profiles',
  'request-methods': 'No way to exercise the rights: give the request methods and say you honour opt-out signals',
  appeal: 'No appeal process: say how a consumer appeals a refused request, and about the Attorney General',
  contact: 'No privacy contact: give an e-mail address or online form for consumers',
  'sensitive-data-sale-notice': 'No Texas sale notice: add “NOTICE: We may sell your sensitive personal data.” word for word',
  'right-third-party-list': 'Right to a list of specific third parties not mentioned: tell Oregon and Minnesota consumers',
  'right-question-profiling': 'Right to question a profiling result not mentioned: tell Minnesota consumers',
  'llm-training': 'No statement on training large language models: say whether personal data are used for it',
};
