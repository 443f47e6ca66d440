// ccpa/right-delete: the consumer's right to have the business delete personal information
// (§ 1798.105). Not a minor's removal of what they posted (Cal. Bus. & Prof. Code § 22581), not a
// business deleting a child's data on its own. Every sentence is our own drafting.
import { draft, foundCases } from '../../caseHelpers';

const ID = 'ccpa/right-delete';
const cases: Array<[string, boolean, string]> = [
  [draft('Registered users under the age of 18 who live in California may request the removal of content they posted on our forums.'), false, 'the eraser rule for minors'],
  [draft('California minors may ask us to remove content or information they have publicly posted. To request removal, e-mail us the address of the post and your user name.'), false, 'the eraser rule and its follow-up'],
  ['# Privacy Notice\n\n## California Minors\n\nYou may ask us to remove the posts from your profile by writing to us.\n', false, 'a California Minors section'],
  [draft('If we learn that a child has sent us information, we will use it only to reply directly to the child and will then delete it.'), false, '"directly" is no request'],
  ['# Privacy Notice\n\n## Right to Delete\n\n## Contact\n\nWrite to us at the address below.\n', false, 'a bare heading'],
  [draft('If you are a resident of the United Kingdom, you may ask us to erase your personal data.'), false, 'a UK audience'],
  [draft('As required by law, we will delete any such information once we learn of it.'), false, 'a duty of the business, not a request'],
  [draft('Customers are requested to remove account numbers from their files before uploading them.'), false, 'a request made of customers'],
  [draft('You can set your browser to refuse cookies and delete them from your device.'), false, 'cookies deleted from a device'],
  [draft('You may not opt out of service e-mails without deleting your account.'), false, 'a may-not about e-mails'],
  [draft('You may require us to delete the personal information we hold about you.'), true, 'requiring addressed to the business'],
  [draft('You may ask us to delete the personal information we collected from you.'), true, 'the right'],
  ['# Privacy Notice\n\nIf you are a California resident, you may ask us to:\n\n- tell you what we collected; or\n- provide you with details about: the sources of the information;\n- delete certain information we hold about you.\n', true, 'a list item of the right'],
  [draft('California residents under the age of 18 may request removal of posted content. All consumers may request that we delete their personal information.'), true, 'the right beside the eraser rule'],
  ['# Privacy Notice\n\n## Right to Delete\n\nYou may make this request by e-mail.\n', true, 'a heading over its body'],
];

foundCases(ID, cases);
