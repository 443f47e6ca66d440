// gdpr/dpo-contact: the contact details of a designated data protection officer (Art. 13(1)(b), Art. 37). Every sentence is our own drafting; each trap has a real disclosure beside it.
import { draft, foundCases } from '../../caseHelpers';

const ID = 'gdpr/dpo-contact';
const cases: Array<[string, boolean, string]> = [
  [draft('Northwind Ltd is the controller. You can reach our data protection officer at dpo@northwind.co.uk.'), true, 'the DPO with an e-mail address'],
  [draft('Northwind Ltd is the controller. Our data protection officer can be contacted by post at 1 High Street, London EC1A 1BB.'), true, 'the DPO with a postal address'],
  [draft('Northwind Ltd is the controller. We have appointed a data protection officer.'), false, 'the DPO named without any way to reach them'],
  [draft('Northwind Ltd is the controller. Questions about privacy go to our privacy team at privacy@northwind.co.uk.'), false, 'a privacy team is not a DPO'],
];

foundCases(ID, cases);
