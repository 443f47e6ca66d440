// Art. 13(1)(a): the controller's contact details.
import { CONTACT_HEADINGS, gdprItem } from '../framework/defineGdpr';

const EMAIL = /[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63}){1,8}/;
const EMAIL_ARTIFACT = /\[email(&#160;|\s)protected\]/;

export default gdprItem({
  name: 'controller-contact',
  title: 'Contact details of the controller',
  cites: ['13(1)(a)', '14(1)(a)'],
  docArticle: 13,
  explanation: 'People need a way to reach the controller about their data: an e-mail address, a postal address, a telephone number or a contact form.',
  remedy: 'Add how to contact the controller: at least an e-mail or postal address.',
  anchorHeadings: CONTACT_HEADINGS,
  patterns: {
    cues: ['contact', 'reach', 'write', 'mail', 'call', 'address', 'tel', 'phone', '@'],
    any: [
      /\b(contact|reach|write to|email|e-mail|call) (us|our)\b[^.]{0,120}(@|\b(at|via|by|:)\b)/,
      // "when you contact us" is not a contact detail; a channel, a form or a pointer to the details is.
      /\b(contact|reach|write to) (us|our)\b[^.]{0,80}\b(form|page|below|above|details|address|https?:|www\.)/,
      /\bcontact us\s{0,3}:/,
      // An invitation to get in touch (on a web page "contact us" is the link to the channel).
      /\b(please|you (can|may|could)( also)?|feel free to|do not hesitate to|questions?\b[^.]{0,80}) (contact|reach|write to|e-?mail|call) (us|our)\b/,
      /\b(postal|mailing|registered|office) address\b/,
      /\b(contact|reach|write|email|e-mail|send)\w*\b[^@]{0,100}\b[\w.+-]{1,64}@[\w-]{1,63}\.[a-z]{2,}/,
      // A number, not a bracket: "phone (or mobile) number" in a list of data collected is no contact detail.
      /\b(tel|telephone|phone)\b\.?:?\s{0,3}\+?(\d|\(\+?\d)/,
    ],
    sectionHeadings: CONTACT_HEADINGS,
    inSection: [EMAIL, EMAIL_ARTIFACT, /\b(street|road|avenue|suite|p\.?o\.? box|strasse|straße|vägen|gatan)\b/, /\+?\d[\d ()-]{6,}/],
  },
});
