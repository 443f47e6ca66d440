// The us-states pack: what the comprehensive state consumer privacy laws in force in 2026 ask of a
// privacy notice (Virginia's Consumer Data Protection Act and the laws modelled on it in Colorado,
// Connecticut, Utah, Texas, Oregon, Montana, Iowa, Delaware, Nebraska, New Hampshire, New Jersey,
// Tennessee, Minnesota, Maryland, Indiana, Kentucky and Rhode Island). California has its own pack
// (ccpa).

import type { RegimePack } from '../pack';
import { US_STATES_CATALOG } from './catalog';
import { US_STATES_CLAUSES, US_STATES_SECTION_SNIPPETS } from './clauses';
import marylandSensitiveSale from './marylandSensitiveSale';
import { STATUTE_URL } from './define';
import { US_STATE_NAMES, COMPREHENSIVE_STATES } from './states';
import { US_STATES_MESSAGES } from './messages';

const STATE_WORDS = COMPREHENSIVE_STATES.map((c) => US_STATE_NAMES[c].toLowerCase());
const STATES_RE = STATE_WORDS.join('|');

const pack: RegimePack = {
  id: 'us-states',
  label: 'US state laws',
  title: 'US state consumer privacy laws (Va. Code § 59.1-575 ff., Tex. Bus. & Com. Code ch. 541, Minn. Stat. ch. 325M and the other comprehensive state laws)',
  summary: 'Comprehensive US state consumer privacy laws in force in 2026 (VA, CO, CT, UT, TX, OR, MT, IA, DE, NE, NH, NJ, TN, MN, MD, IN, KY, RI)',
  docUrl: STATUTE_URL.VA,
  audience: 'us',
  scopeWords: [...STATE_WORDS, 'state privacy'],
  catalog: US_STATES_CATALOG,
  messages: US_STATES_MESSAGES,
  checks: [marylandSensitiveSale],
  clauses: US_STATES_CLAUSES,
  sectionSnippets: US_STATES_SECTION_SNIPPETS,
  suggestion: {
    why: 'it addresses residents of states with comprehensive privacy laws or speaks of state privacy rights',
    // A state's residents or law named, or the states' laws as a whole ("your state privacy rights").
    pattern: new RegExp(
      `\\b(${STATES_RE}) (residents?|consumers?|privacy (laws?|rights|act))\\b|\\b(residents?|consumers?) of (${STATES_RE})\\b|\\bif you (live|reside|are a resident) in\\b[^.]{0,40}\\b(${STATES_RE})\\b|\\b(your )?state privacy (laws?|rights)\\b|\\bvcdpa\\b|\\btdpsa\\b|\\bctdpa\\b|\\bcolorado privacy act\\b`,
    ),
  },
  provisions: {
    'Va. Code § 59.1-578(C)(1)': 'The privacy notice lists the categories of personal data the controller processes.',
    'Va. Code § 59.1-578(C)(2)': 'The privacy notice says why personal data are processed.',
    'Va. Code § 59.1-578(C)(3)': 'The privacy notice says how consumers exercise their rights, including how to appeal a decision on a request.',
    'Va. Code § 59.1-578(C)(4)': 'The privacy notice lists the categories of personal data shared with third parties.',
    'Va. Code § 59.1-578(C)(5)': 'The privacy notice lists the categories of third parties with whom personal data are shared.',
    'Va. Code § 59.1-578(D)': 'A controller that sells personal data or uses it for targeted advertising discloses it clearly, with the way to opt out.',
    'Va. Code § 59.1-578(E)': 'The notice describes the secure and reliable means for submitting requests.',
    'Va. Code § 59.1-578(A)(5)': 'Sensitive data are processed only with the consumer\'s consent.',
    'Va. Code § 59.1-577(A)(1)': 'The right to confirm whether personal data are processed and to access them.',
    'Va. Code § 59.1-577(A)(2)': 'The right to correct inaccurate personal data.',
    'Va. Code § 59.1-577(A)(3)': 'The right to delete personal data.',
    'Va. Code § 59.1-577(A)(4)': 'The right to a portable, readily usable copy of the data the consumer provided.',
    'Va. Code § 59.1-577(A)(5)': 'The right to opt out of targeted advertising, of sale, and of profiling for decisions with legal or similarly significant effects.',
    'Va. Code § 59.1-577(C)': 'The appeal process; a denied appeal comes with a way to complain to the Attorney General.',
    'Tex. Bus. & Com. Code § 541.102(a)(1)': 'The notice lists the categories of personal data processed, including any sensitive data.',
    'Tex. Bus. & Com. Code § 541.102(b)': 'A controller that sells sensitive data posts the notice "NOTICE: We may sell your sensitive personal data." word for word.',
    'Tex. Bus. & Com. Code § 541.102(c)': 'A controller that sells biometric data posts the notice "NOTICE: We may sell your biometric personal data." word for word.',
    'Tex. Bus. & Com. Code § 541.053': 'The appeal of a refused request, and the Attorney General contact when it is denied.',
    'Tex. Bus. & Com. Code § 541.055': 'The methods for submitting requests, including a universal opt-out signal.',
    'Minn. Stat. § 325M.16, subd. 1(a)(6)': 'The notice gives an active e-mail address or other online way to contact the controller.',
    'Minn. Stat. § 325M.16, subd. 1(a)(8)': 'The notice gives the date it was last updated.',
    'Minn. Stat. § 325M.14, subd. 1(g)': 'The right to question the result of profiling for a significant decision, learn its reason and have it reevaluated.',
    'Minn. Stat. § 325M.14, subd. 1(h)': 'The right to a list of the specific third parties that received the consumer\'s personal data.',
    'ORS § 646A.574(1)(a)(B)': 'At the controller\'s option, a list of the specific third parties that received the consumer\'s, or any, personal data.',
    'Md. Code, Com. Law § 14-4607(a)(2)': 'A controller may not sell sensitive data.',
    'Conn. Gen. Stat. § 42-520(c) (as amended by P.A. 25-113)': 'From 1 July 2026 the notice says whether personal data are collected, used or sold to train large language models.',
    'C.R.S. § 6-1-1306(1)(a)(IV)': 'Opt-out requests made through a universal opt-out mechanism must be honoured.',
  },
};

export default pack;
