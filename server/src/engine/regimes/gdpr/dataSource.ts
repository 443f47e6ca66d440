// Art. 14(2)(f): where data were not obtained from the person, their source.
//
// The item is about data obtained from OTHERS: partners, social networks, public sources, other
// users, a parent, data brokers, advertisers or analytics providers sending data about the person.
// Data the person gives, or data collected from their own device or use, are not a source in this
// sense ("information you provide", "collected automatically" do not address the item). A denial
// ("we do not obtain data from third parties") addresses it and makes it not applicable.
import { gdprItem } from './define';
import type { DisclosureRule } from '../../rules/framework/ruleTypes';

/** Others a controller may obtain data from (after "from", a few words of determiners allowed). */
const OTHERS = String.raw`(third[- ]?part(y|ies)|(\w+ )?partners?|affiliat(es?|ed companies)|(group|sister|parent|associated) compan(y|ies)|public(ly)?[- ](available|accessible)|public (sources?|records?|registers?|registries|databases?|domain|profiles?|authorities)|other (sources?|users?|members?|customers?|compan(y|ies)|organi[sz]ations?|people|persons|individuals|entities|services|platforms|parties|third)|social (media|network\w*)|(facebook|google|apple|twitter|x|linkedin|instagram|tiktok|microsoft|amazon|github|discord|spotify)( login| sign[- ]in| account| profile)?|data (brokers?|providers?|aggregators?|vendors?|suppliers?)|(list|information) (brokers?|providers?)|marketing (lists?|compan(y|ies)|agenc(y|ies))|advertis(ers?|ing (networks?|partners?|compan(y|ies)|providers?|platforms?|services?))|ad (networks?|partners?|providers?)|analytics (providers?|compan(y|ies)|partners?|services?|tools?)|(payment|service|content|platform|app store) providers?|credit (reference |rating |reporting )?(agenc(y|ies)|bureaus?)|fraud[- ]prevention (agenc(y|ies)|services?)|(an?|your|their|the) (parents?|guardians?|employer|school|friends?|referrer|family members?)|parents?|guardians?|(your|their) (employer|school|friends?|contacts)|referr(als?|ers?|ing users?)|government(al)? (sources?|bodies|agencies|authorities)|(the )?app stores?|(apple|google) play|(your |the |our )?(banks?|insurers?|insurance compan(y|ies)|(financial|card|credit) (institutions?|issuers?)|card issuers?|lenders?|merchants?|retailers?|resellers?|distributors?|(mobile |network |telecom\w* )?(carriers?|operators?)|doctors?|physicians?|hospitals?|clinics?|(health ?care|medical) providers?|pharmac(y|ies)|universit(y|ies)|landlords?|letting agents?|recruit(ers?|ment agenc(y|ies))|background[- ]check (providers?|compan(y|ies))|identity verification (providers?|services?))( (you|that you|which you) (choose|select|use|link|connect))?)`;
/** A run of at most three words between "from" and the source ("from certain trusted third parties"), perhaps in a blank to fill ("from [other sources, e.g. …]"). */
const FEW = String.raw`\[?([\w-]+,? ){0,3}?`;

const rule = gdprItem({
  name: 'data-source',
  title: 'Source of the personal data',
  cites: ['14(2)(f)'],
  docArticle: 14,
  explanation: 'Where personal data were not obtained from the person, the notice must say where they came from, and whether from publicly accessible sources.',
  remedy: 'Say where the data come from (e.g. "from you directly, from our business partners, and from public registers").',
  anchorHeadings: [/\b(source|how we (collect|obtain)|information we (collect|receive))\b/],
  patterns: {
    // "Receive the data you provided to us in a machine-readable format" is portability, not a source;
    // "you may receive e-mails from our partners" is marketing, not data about the person.
    // A child's own data given by the child ("if your child has provided us with data") and data
    // the person is asked to give are the person's, not another source.
    unless: [
      /\b(portab\w*|machine-readable|structured, commonly used)\b/,
      /\byou (may |will |might |can |could )?(also )?(receive|get|obtain)\b/,
      /\b(child|children|minor|minors)\b[^.]{0,20}\b(has|have)( \w+)? (provided|given|submitted|shared|disclosed|sent)\b/,
      /\b(require|ask|request|need)s? you to (provide|give|submit|share|enter)\b/,
      // A template's heading-like question with nothing under it ("What third parties we receive data from").
      /^\W*(\d+(\.\d+)*[.)]?\s*)?(what|which) [^.]{0,40}\bfrom\??$/,
    ],
    cues: ['from', ' by ', 'with us', 'to us', 'us with', 'about', 'log', 'sign', 'register', 'connect', 'link', 'authenticat'],
    any: [
      // "We may receive information about you from our advertising partners", "data obtained from
      // public registers", "we do not buy data from data brokers" (a denial addresses it too).
      new RegExp(String.raw`\b(obtain|receiv|collect|get|gets|got|acquir|purchas|buy|buys|bought|gather|source|import|retriev|access|compil|licens|rent)\w*\b[^.]{0,80}\bfrom ${FEW}${OTHERS}\b`),
      // "We may combine it with information from other sources".
      new RegExp(String.raw`\b(combin|supplement|enrich|match|append|merg)\w*\b[^.]{0,80}\b(information|data|details)\b[^.]{0,40}\bfrom ${FEW}${OTHERS}\b`),
      // "Information provided to us by our partners", "data shared with us through social networks".
      new RegExp(String.raw`\b(provided|supplied|shared|disclosed|sent|passed( on)?|transferred|given|made available|transmitted|forwarded|reported) (to|with) us (by|via|through|from) ${FEW}${OTHERS}\b`),
      // "The partners we receive data from".
      new RegExp(String.raw`\b${OTHERS}\b,? (that |which |whom |who )?(we|us)\b[^.]{0,40}\b(receive|obtain|get|collect|source|buy|purchase)\w* (personal )?(data|information|details)( about you)? from\b`),
      // "The app can access some data stored by these third-party services".
      new RegExp(String.raw`\b(obtain|receiv|access|import|retriev|collect)\w*\b[^.]{0,80}\b(data|information|details|profile)\b[^.]{0,40}\b(stored|held|kept|maintained|provided|supplied|shared) by (these |such |the )?${FEW}${OTHERS}\b`),
      // "Our partners may share information about you with us", "third parties provide us with data".
      new RegExp(String.raw`\b${OTHERS}\b[^.]{0,60}\b(share|provide|give|send|pass|disclose|transfer|supply|supplie|report|forward|transmit)\w*\b[^.]{0,40}\b((information|data|details)\b[^.]{0,40}\b(with|to) us|us with\b[^.]{0,40}\b(information|data|details))\b`),
      // "Other users may give us information about you", "a parent may provide data about a child".
      new RegExp(String.raw`\b(other users?|another user|other members?|friends?|contacts|parents?|guardians?|employers?|referrers?)\b[^.]{0,60}\b(provide|share|give|upload|submit|send|disclose|supply|enter)\w*\b[^.]{0,60}\b(information|data|details|content)\b[^.]{0,20}\babout (you|them|a child|their child(ren)?)\b`),
      // "If you sign in with your Google account, we receive your name and e-mail address".
      new RegExp(String.raw`\b(log ?in|logging in|sign ?in|signing in|sign up|signing up|register|registering|connect|connecting|link|linking|authenticat\w*)\b[^.]{0,60}\b(facebook|google|apple|twitter|linkedin|instagram|microsoft|github|social (media|network\w*|login|sign[- ]in)|third[- ]party (accounts?|platforms?|services?|log ?in|sign[- ]in|social))\b[^.]{0,120}\b(we|us|company)\b[^.]{0,40}\b(receive|collect|obtain|access|get|import|retrieve|be provided|be given)\w*\b`),
    ],
  },
  requirement: (ctx) => {
    const indirect = ctx.options.profile.indirectSources;
    if (indirect === true) return { required: 'always', because: 'the processing profile declares data from other sources' };
    if (indirect === false) return { required: 'not-applicable', because: 'the processing profile declares that all data come from the person' };
    const said = detectSource(ctx);
    if (said.some((s) => !DENIAL.test(s.norm))) return { required: 'always', because: 'the text says that some data come from other sources' };
    if (said.length > 0) return { required: 'not-applicable', because: 'the text says that no data come from other sources' };
    return { required: 'conditional', because: 'required where data are obtained other than from the person (Art. 14)' };
  },
});

/** "We do not obtain …", "we never buy …": a statement that no data come from others. */
const DENIAL = /\b(do not|don't|does not|doesn't|never|will not|won't|not)\b[^.]{0,30}\b(obtain|receive|collect|buy|purchase|acquire|source|rent)\w*\b/;

const detectSource: DisclosureRule['detect'] = (ctx) => rule.detect(ctx);

export default rule;
