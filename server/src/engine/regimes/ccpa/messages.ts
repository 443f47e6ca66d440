// The one-line message of each CCPA item when the draft does not address it: what is missing,
// then what to add. The engine appends the section; the why is in the item's explanation.

export const CCPA_MESSAGES: Readonly<Record<string, string>> = {
  'last-updated': 'No date of last update: state when the policy was last updated',
  'categories-collected': 'No categories of personal information collected: list them, in the statute’s terms where they fit',
  'categories-sold': 'No word on selling or sharing: list the categories sold or shared, or say you do neither',
  'categories-disclosed': 'No categories disclosed for a business purpose: list them, with the kinds of recipients',
  'right-delete': 'Right to delete not mentioned: tell consumers they may ask you to delete their information',
  'right-correct': 'Right to correct not mentioned: tell consumers they may have inaccurate information corrected',
  'right-know': 'Right to know not mentioned: tell consumers they may learn what you collected about them',
  'right-know-sold-shared': 'Right to know what is sold, shared or disclosed not mentioned: describe it',
  'right-opt-out': 'Right to opt out of sale or sharing not mentioned: describe it and how to use it',
  'right-limit': 'Right to limit the use of sensitive information not mentioned: describe it and how to use it',
  'non-discrimination': 'No non-discrimination statement: say you will not penalise consumers who use their rights',
  'request-methods': 'No way to submit requests: give the methods (e.g. a web form and a toll-free number)',
};
