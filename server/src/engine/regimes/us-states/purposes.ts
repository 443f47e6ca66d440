// The purposes of processing: Va. Code § 59.1-578(C)(2), Tex. Bus. & Com. Code § 541.102(a)(2),
// Minn. Stat. § 325M.16, subd. 1(a)(2), ORS 646A.578(1)(a) (the "express purposes").
import { usItem } from './define';

export default usItem({
  name: 'purposes',
  title: 'Purposes of processing',
  refs: [['VA', '59.1-578(C)(2)'], ['TX', '541.102(a)(2)'], ['MN', '325M.16, subd. 1(a)(2)'], ['OR', '646A.578(1)(a)']],
  explanation: 'The notice must say why the controller processes personal data; a controller may not later use the data for purposes that are neither necessary for nor compatible with those disclosed, without consent.',
  remedy: 'Say what you use personal data for, e.g. to provide and improve the service, to process orders, to send marketing, to prevent fraud.',
  anchorHeadings: [/\bhow we use\b/, /\bpurposes?\b/, /\buse of\b/],
  patterns: {
    cues: ['purpose', 'use', 'process'],
    any: [
      /\bpurposes?\b[^.]{0,60}\b(we|our)\b[^.]{0,30}\b(collect|use|process)\w*/,
      /\b(we|company) (may |also |will )?(use|process)\w*\b[^.]{0,80}\b(to|for) (provid|deliver|operat|improv|personali[sz]|process|send|communicat|market|advertis|prevent|detect|comply|fulfil|respond|verify|analy[sz]|maintain|develop)\w*/,
      /\bfor the following (business )?purposes\b/,
      /\b(we|company) (may |also )?(use|process)\w*\b[^.]{0,60}\bfor (the )?purposes? of\b/,
    ],
    // Security measures are no purpose: "we use encryption to prevent unauthorised access".
    unless: [/\bright to\b|\b(you )?(may|can) (request|ask)\b|\buses? ([a-z]+ ){0,3}(measures|safeguards|encryption|security)\b/],
    headings: [/\bhow we use\b/, /\b(purposes?|uses?) (of|for) (processing|collection|your|personal|the)\b/, /\bwhy we (collect|process|use)\b/],
  },
});
