// Art. 14(1)(d): the categories of personal data concerned.
import { gdprItem } from './define';
import { NOT } from '../../rules/framework/cues';

const HEADINGS = [/^[^a-z]{0,8}(what|which) (\w+ ){0,2}(we|do we|does \w+) (collect|process|gather|obtain|receive|hold)\b/, /\b(data|information)\b.{0,40}\b(we )?(collect|process|obtain|gather|receive)/, /\b(what|which|types?|categories|kinds?)\b.{0,30}\b(data|information)\b/];

// Kinds of personal data, as nouns a drafter names them by. "address" alone is too often a
// contact address of the company ("write to the address below"): it counts with a qualifier or
// in a list after a name.
const KIND = String.raw`(names?\b|e-?mail address|(your|postal|mailing|home|billing|shipping|physical|street|ip|delivery|residential) address|name(s)?,? (and )?address|(phone|telephone|mobile) numbers?|date of birth|birth ?date|(your|user'?s?) age\b|age (range|group)|gender|device (id|ids|identifiers?|information|data|type|model)|advertising (id|identifiers?)|identifiers|location|geolocation|gps|payment (data|information|details|card)|credit card|(card|account) numbers?|bank (account|details)|usage (data|information)|log (data|files?|information)|browser type|operating system|photos?\b|contacts? list|purchase history|transaction (data|history|information)|username|user name|demographic|health (data|information)|biometric|(contact|profile|account|registration|technical|financial|billing) (data|information)|(profile|account|registration|financial|billing|payment|card) details)`;

// The commonest kinds, for the looser constructions ("information such as …").
const CORE = String.raw`(names?\b|e-?mail|(your|postal|mailing|home|billing|shipping|physical|street|ip|delivery|residential) address|name(s)?,? (and )?address|phone|telephone)`;

// Verbs of taking data in, in any voice and with any subject ("we collect", "the app collects",
// "the developer may gather", "is collected").
const TAKE = String.raw`(collect(s|ed|ing)?|gather(s|ed|ing)?|obtain(s|ed|ing)?|receive[sd]?|receiving|store[sd]?|storing|process(es|ed)?)`;

export default gdprItem({
  name: 'data-categories',
  title: 'Categories of personal data',
  cites: ['14(1)(d)'],
  docArticle: 14,
  explanation: 'The notice must say which kinds of personal data are processed (e.g. contact details, payment data, usage data), in particular where they were not obtained from the person.',
  remedy: 'List the categories of personal data you process (e.g. identification and contact data, account data, usage data).',
  anchorHeadings: HEADINGS,
  patterns: {
    cues: ['categor', 'types', 'kinds', 'pieces', 'consist', 'collect', 'process', 'obtain', 'gather', 'receiv', 'stor', 'such as', 'includ', 'like', 'provide', 'supply', 'enter', 'submit', 'give'],
    any: [
      // "We collect the following types of data:", "the categories of data we process include…"; not
      // a topic heading ("Types of data collected") alone.
      /\b(collect|process|obtain|gather|receive|store)\w* (\w+ ){0,3}(categories|types|kinds|pieces) of (personal )?(data|information)\b/,
      /\b(categories|types|kinds|pieces) of (personal )?(data|information)\b[^.]{0,80}(:|\b(such as|includ\w*|are|is|namely|consists? of)\b)/,
      // We or I, or a named party in the third person ("the app collects your e-mail address",
      // "Example Ltd stores"); not "third parties may collect", which speaks of others.
      new RegExp(String.raw`\b(we|i) (may |also |might |will |only |automatically |do |can )?${TAKE}\b[^.]{0,80}\b${KIND}`),
      new RegExp(String.raw`\b(collects|gathers|obtains|receives|stores|processes)\b[^.]{0,80}\b${KIND}`),
      // "Your e-mail address is collected when you register."
      new RegExp(String.raw`\b${KIND}[^.]{0,80}\b(is|are|be|been|being) (automatically )?(collected|gathered|obtained|received|stored|processed)\b`),
      // What the person is asked to hand over: "you will be asked to supply your date of birth".
      new RegExp(String.raw`\b(you|asked|required|prompted) (\w+ ){0,2}(provide|supply|enter|submit|give)\b[^.]{0,30}\b(${CORE}|date of birth)`),
      new RegExp(String.raw`\b(personal data|information)\b[^.]{0,40}\b(such as|including|includes|include|like)\b[^.]{0,40}\b${CORE}`),
      // A denial addresses the item: "we do not collect any personal data". Not the children's
      // clause ("we do not knowingly collect data from children"), which says nothing of adults.
      new RegExp(String.raw`\b${NOT} (collect|gather|store|process|obtain)\b[^.]{0,30}\b(any|your) (personal |personally identifiable |personally-identifying |user |private )?(data|information)\b(?![^.]{0,80}\b(child|children|minors?|under (the age of )?1\d)\b)`),
    ],
    unless: [
      // The categories a person may ask about (rights lists) and the special categories of Art. 9.
      /\b(right|entitled|request|ask|obtain information|know)\b[^.]{0,80}\bcategories of\b/,
      /\bspecial categories\b/,
    ],
    sectionHeadings: HEADINGS,
    // Under "What we collect", a fragment or list item that names a kind of data.
    inSection: [new RegExp(String.raw`\b${KIND}`)],
  },
});
