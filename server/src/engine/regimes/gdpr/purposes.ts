// Art. 13(1)(c): the purposes of the processing.
import { gdprItem } from './define';

// "What we collect and why": a heading that asks why is about purposes.
const HEADINGS = [/\b(how|why) (we|do we) use\b/, /\bpurposes?\b/, /\buse of (your )?(personal )?(data|information)\b/, /\band why\b|^why\b/];

// What personal data are used for, as verbs a drafter writes after "to".
const VERB = String.raw`(provide|send|deliver|process|manage|improve|respond|contact|create|administer|operate|fulfil|fulfill|bill|invoice|verify|personali[sz]e|analy[sz]e|comply|prevent|protect|secure|notify|communicate|answer|handle|run|maintain|offer|show|display|serve|tailor|customi[sz]e|enhance|develop|understand|measure|monitor|detect|investigate|enforce|authenticate|register|complete|facilitate|support|enable|allow|help|track|market|promote|advertise|recommend|suggest|remember|inform|update|troubleshoot|diagnose|fix|debug|evaluate|assess|conduct|perform|carry out|establish|confirm|validate|calculate|estimate|determine|ensure|make|keep|save|sync|synchroni[sz]e|target|research|study|test|optimi[sz]e|generate|compile|produce|report|resolve|schedule|book|ship|arrange|host|reach|reply|follow up|learn|combat|fight|reduce|block|check|review|moderate|screen|recruit|pay|refund|charge|retrieve|access|play|display|connect|log in|sign in|login|verify|vibrate|write|read|record|scan|share)`;
// What data are used for, as nouns after "for": "for billing", "for fraud prevention".
const NOUN = String.raw`(marketing|advertising|advertisements?|ads|analytics|analysis|statistics|statistical|research|security|billing|payments?|authentication|verification|fraud|customer (service|support)|support|communications?|personali[sz]ation|improvement|development|administration|account management|registration|newsletters?|promotions?|recruitment|compliance|troubleshooting|diagnostics|crash reporting|performance|measurement|safety|delivery|invoicing|accounting)`;
// Data as the object or subject of the use: "your data", "it", "this information", "cookies".
const DATA = String.raw`(data|information|info|details|cookies|identifiers?|address(es)?|e-?mail|names?|numbers?|location|content|photos?|images?|files?|messages|history|preferences|feedback|permissions?|logs?|reports?|records?|statistics)`;
// A purpose after the use: "to send you receipts", "in order to bill you", "for marketing", "for
// verifying your identity" (not "for anything", "for nothing").
const FOR = String.raw`((to|in order to|so as to|so (that )?(we|it|they) (can|could|may)) (help (us )?|better |(be )?able to )?${VERB}\b|for (the )?(\w+ )?(${NOUN}|(?!(any|no|every|some)thing)[a-z]{3,}ing)\b)`;
const USE = String.raw`(use[sd]?|using|utili[sz](e|es|ed|ing)|process(es|ed|ing)?|collect(s|ed|ing)?|gather(s|ed|ing)?|need(s|ed)?|require[sd]?)`;

export default gdprItem({
  name: 'purposes',
  title: 'Purposes of the processing',
  cites: ['13(1)(c)', '14(1)(c)'],
  docArticle: 13,
  explanation: 'The notice must say what the personal data are used for, purpose by purpose.',
  remedy: 'Say for which purposes you use personal data (e.g. to provide the service, to bill, to send newsletters with consent).',
  anchorHeadings: HEADINGS,
  patterns: {
    cues: ['purpose', 'use', 'using', 'utili', 'process', 'collect', 'gather', 'need', 'requir', 'necessary'],
    any: [
      // Any subject, any voice: "we use your e-mail address to send receipts", "the developer
      // collects crash logs to fix errors", "Company processes this data for billing".
      new RegExp(String.raw`\b(we|i) (may |also |will |only |can |might |then |primarily |mainly )?${USE}\b[^.]{0,80}\b${DATA}\b[^.]{0,80}?\b${FOR}`),
      new RegExp(String.raw`\b(uses|processes|collects|utili[sz]es)\b[^.]{0,80}\b${DATA}\b[^.]{0,80}?\b${FOR}`),
      // "we use it to", "they are processed to": a pronoun right at the verb.
      new RegExp(String.raw`\b${USE} (it|them) (only |solely |mainly )?${FOR}`),
      // "This data is used to manage the website", "information collected is used for research".
      new RegExp(String.raw`\b${DATA}\b[^.]{0,60}\b(is|are|was|were|been|being|(will|may|shall|would|might) be) (\w+ )?(used|processed|collected|utili[sz]ed|needed|required|necessary|gathered)\b[^.]{0,30}?\b${FOR}`),
      // A fragment of a permissions list: "Required to vibrate the device."
      new RegExp(String.raw`^[^a-z]{0,8}(required|needed|used|necessary) (in order |only |solely )?(to|for) `),
      // Named purposes: "for marketing purposes", "for the following purposes:", "for the purpose
      // of providing the service", "the purposes of the processing are".
      new RegExp(String.raw`\b(we|i) (may |also |will |only |can |might |then |primarily |mainly )?${USE}\b[^.]{0,80}\bfor (the )?(\w+ )?(${NOUN}|[a-z]+ing|[a-z]+al|business|legal|tax) purposes?\b`),
      new RegExp(String.raw`\b${DATA}\b[^.]{0,60}\b(is|are|was|were|been|being|(will|may|shall|would|might) be) (\w+ )?(used|processed|collected|utili[sz]ed)\b[^.]{0,30}?\bfor (the )?(\w+ )?(${NOUN}|[a-z]+ing|[a-z]+al|business|legal|tax) purposes?\b`),
      new RegExp(String.raw`\b${USE}\b[^.]{0,80}\bfor the purposes? of [a-z]+ing\b`),
      /\b(purpose|purposes)( of (the |our |this |such )?(processing|collection|use)\b[^.]{0,30})? (are|include|includes|including|such as|namely)\b|\bpurposes?( below| set out below| listed below)?:/,
    ],
    unless: [
      // "For the purposes of this Policy, 'Service' means…", "determines the purposes and means".
      /\bpurposes? of (this|these|the|that|our) (privacy |cookie |data protection )?(policy|notice|statement|terms|agreement|section|act|law|regulation|clause|document|gdpr|ccpa)\b|\bfor (the )?purposes? of (the )?(gdpr|ccpa|applicable|data protection)\b/,
      /\bpurposes? and (the )?means\b|\bin the process of\b/,
      // What a processor or another party may do with data: "for their own purposes".
      /\b(their|its) own (\w+ )?purposes?\b/,
      // A right over a use, not a use: "you may object to the use of your data for marketing".
      /\b(object|objection|opt(ing)? out|withdraw|restrict)\w*\b[^.]{0,30}\b(use|using|processing)\b/,
      // A retention clause that refers back to purposes stated elsewhere.
      /\bpurposes? for which\b[^.]{0,30}\b(collected|obtained|processed|provided|given|received)\b/,
    ],
    sectionHeadings: HEADINGS,
    // Under "How we use your data": "To run your membership", "For billing", "- Providing support".
    inSection: [
      /^[^a-z]{0,8}(to|for|in order to) [a-z]+/,
      new RegExp(String.raw`^[^a-z]{0,8}[a-z]+ing\b`),
      new RegExp(String.raw`\b${FOR}`),
    ],
  },
});
