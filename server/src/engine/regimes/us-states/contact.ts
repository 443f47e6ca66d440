// A contact method: Minn. Stat. § 325M.16, subd. 1(a)(6) (an active e-mail address or other online
// mechanism), Va. Code § 59.1-578(E) (the means to submit requests), Conn. Gen. Stat. § 42-520(c).
import { usItem } from './define';

export default usItem({
  name: 'contact',
  title: 'Contact method',
  refs: [['MN', '325M.16, subd. 1(a)(6)'], ['VA', '59.1-578(E)'], ['CT', '42-520(c)']],
  explanation: 'The notice must give a way to contact the controller: Minnesota requires an active e-mail address or other online mechanism, and Connecticut an active e-mail address or other online contact.',
  remedy: 'Give an active e-mail address or online form where consumers can reach you about privacy.',
  anchorHeadings: [/\bcontact/, /\bquestions\b/],
  patterns: {
    cues: ['contact', 'e-mail', 'email', 'write', 'call', 'reach', 'questions'],
    any: [
      /\b(contact|reach|write to|e-?mail|call)\b[^.]{0,100}(@[a-z0-9-]+\.[a-z]{2,}|\b\d{3}[-. )]{1,2}\d{3}[-. ]\d{4}\b|\bhttps?:|\bwww\.)/,
      // "You can reach us through the online form": an online mechanism, addressed to us.
      /\b(contact|reach|write to|e-?mail|message) us\b[^.]{0,60}\b(online form|web ?form|contact form|online chat)\b/,
      /\bquestions\b[^.]{0,100}(@[a-z0-9-]+\.[a-z]{2,}|\bhttps?:|\bwww\.)/,
    ],
    headings: [/\bcontact (us|information|details)\b/, /\bhow to (contact|reach) us\b/],
  },
});
