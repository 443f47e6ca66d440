// ccpa/request-methods: how a consumer submits a request (§ 1798.130(a)(1)). Every sentence is our own drafting; each trap has a real disclosure beside it.
import { draft, foundCases } from '../../caseHelpers';

const ID = 'ccpa/request-methods';
const cases: Array<[string, boolean, string]> = [
  [draft('To exercise your rights, call us toll-free at 1-800-555-0199 or submit a request through our web form.'), true, 'a toll-free number and a form'],
  [draft('California residents may submit a request to know or delete by e-mailing privacy@northwind.com.'), true, 'an e-mail for requests'],
  [draft('We respond to verifiable consumer requests within 45 days.'), false, 'a response time is no way to submit a request'],
];

foundCases(ID, cases);
