// Art. 13(1)(a): who the controller is — its identity (legal name).
import { gdprItem } from '../framework/defineGdpr';

export default gdprItem({
  name: 'controller-identity',
  title: 'Identity of the controller',
  cites: ['13(1)(a)', '14(1)(a)'],
  docArticle: 13,
  explanation: 'People must be told who decides why and how their personal data are used: the controller, by its legal name.',
  remedy: 'Name the controller by its full legal name (e.g. "Example Ltd is the controller of your personal data").',
  anchorHeadings: [/\b(who we are|about us|controller|introduction|identity)\b/],
  patterns: {
    any: [
      /\b(data )?controller\b/,
      /\bresponsible for (the )?(processing|your (personal )?(data|information))\b/,
      /\b(inc|llc|l\.l\.c|ltd|limited|gmbh|ag|ab|aps|a\/s|s\.a|sas|s\.a\.s|b\.v|bv|n\.v|s\.r\.l|srl|plc|corp|corporation|pty|oy|oü|sp\. z o\.o|kg)\b\.?,?[^.]{0,80}\(\s*(hereinafter\s+)?("|')?[^)]{0,40}\b(we|us|our)\b/,
      /\b(inc|llc|ltd|limited|gmbh|ag|ab|aps|a\/s|s\.a|sas|b\.v|n\.v|s\.r\.l|plc|corp|corporation|pty)\b\.?,? (is|are|operates|provides|owns)\b/,
      /\b(this (website|site|app|service) is (operated|owned|run) by)\b/,
    ],
    unless: [/\b(our|the) customers?,? (as|are|act as) (the )?(data )?controllers?\b/],
  },
});
