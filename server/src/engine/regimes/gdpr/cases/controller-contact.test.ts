// Controller contact (Art. 13(1)(a)): whose is an e-mail address? Cases decided by the law, in our own words.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { disclosure } from '../../caseHelpers';

test('a complaint to an authority at the end of the section before "## Contact" does not make our mailbox the authority\'s', () => {
  const text = '# Privacy policy\n\n## Your rights\n\nYou can also complain to the Data Protection Commission.\n\n## Contact\n\nWrite to privacy@quillnotes.ie.\n';
  const d = disclosure(text, 'gdpr/controller-contact');
  assert.equal(d.status, 'disclosed');
  assert.match(d.evidence[0].text, /privacy@quillnotes\.ie/);
});

test('trap: the authority\'s own address in the complaint sentence is still not ours', () => {
  const text = '# Privacy policy\n\n## Your rights\n\nYou can complain to the Data Protection Commission at info@dataprotection.ie.\n';
  assert.equal(disclosure(text, 'gdpr/controller-contact').found, false);
});

test('within one section, an authority named just before an address still decides its role', () => {
  const text = '# Privacy policy\n\nYou may lodge a complaint with the supervisory authority in your country, for example by writing to complaints@authority-example.eu.\n';
  assert.equal(disclosure(text, 'gdpr/controller-contact').found, false);
});
