// ccpa/right-correct: the right to correct, told to California consumers or to everyone. A rights
// list the policy limits to the EEA, the UK or other countries does not count (judging guide, CCPA).
// Every sentence is our own drafting.
import { draft, foundCases } from '../../caseHelpers';

const ID = 'ccpa/right-correct';
const cases: Array<[string, boolean, string]> = [
  // Traps: the audience is outside California.
  [draft('If you are a European resident, you have the right to ask that your personal information be corrected or updated.'), false, 'a place adjective names the audience'],
  [draft('Under EEA and UK data protection laws you have certain rights. In particular, you may ask us to correct inaccurate data.'), false, 'the paragraph lead names foreign laws'],
  ['# Privacy Notice\n\n## Your Rights\n\nIf you are located in the European Economic Area, you have the following rights:\n\n### Right to rectification\n\nYou may ask us to correct inaccurate personal data.\n', false, 'the lead announces the rights of the sub-sections'],
  ['# Privacy Notice\n\n## Users Outside the United States\n\nYou may ask us to correct inaccurate personal data.\n', false, 'a heading for users outside the US'],
  [draft('Brazilian users may request the correction of incomplete or inaccurate data.'), false, 'Brazilian users'],
  [draft('Individuals located in certain countries, including the EEA, have statutory rights. You may ask us to correct your information.'), false, 'certain countries, including the EEA'],
  ['# Privacy Notice\n\n## Your Rights Under the General Data Protection Regulation\n\nYou may ask us to correct inaccurate personal data.\n', false, 'the GDPR named in full in the heading'],
  // Affirming: the right told to everyone or to Californians.
  [draft('You may ask us to correct inaccurate personal information we hold about you.'), true, 'no audience named: everyone'],
  [draft('Under the GDPR or other applicable data protection laws, you may ask us to correct inaccurate personal information.'), true, 'other applicable laws reach California too'],
  [draft('If you are in the EEA or another jurisdiction with similar laws, you may ask us to correct inaccurate personal information.'), true, 'another jurisdiction: not only the EEA'],
  ['# Privacy Notice\n\n## Your Rights\n\nIf you are located in the EEA, you have the following rights:\n\n- to complain to your authority.\n\nCalifornia residents have the following rights:\n\n- to correct inaccurate personal information.\n', true, 'a California block after an EEA block'],
  ['# Privacy Notice\n\n## Data Transfers Outside the European Economic Area\n\nWe use safeguards.\n\n## Your Choices\n\nYou may ask us to correct inaccurate personal information.\n', true, 'a transfer heading names no audience'],
];

foundCases(ID, cases);
