// Art. 13(2)(e): whether providing the data is a statutory or contractual requirement, and the consequences of not providing it.
import { gdprItem } from './define';

/** Verbs of the person handing data over (to us). */
const GIVE = String.raw`(provide|give|supply|submit|share|disclose|enter|furnish)`;
/** What follows when data are withheld: the service, or part of it, cannot be had. */
const CANNOT = String.raw`(not (be )?able|unable|cannot|can ?not|can't|may not|might not|will not|won't|would not|impossible|not (be )?possible|prevent|restrict|limit|delay|not function|not work|lose)`;
/** What the person may withhold that is not data: consent, a permission, or the way of sending. */
const NOT_DATA = String.raw`(?! (us )?(with )?(\w+ )?(consent|permission|approval|agreement|anonymously|feedback))`;
/** The data given, right after the verb ("give us your phone number", "provide any personal information"). */
const OBJECT = String.raw`(us )?(with )?((any|your|personal|this|such|the|that|these|those|certain|some|additional|optional|all|other|more|real|accurate|us) ){0,2}(personal )?(data|information|info|details|name|e-?mail|phone|telephone|mobile|location|address|date|age|gender|identity|contact|payment|credit|profile|photo|it|them)\b`;
/** Data, as the object of providing (not cookies, not consent). */
const DATA = String.raw`([\w-]+ )?(personal )?(data|information|details|e-?mail( address)?|name|(phone|mobile|telephone) number|address|date of birth)`;

/**
 * Art. 13(2)(e) is addressed by a statement about whether the person must provide the data
 * (required by law or contract, needed to use the service, optional, voluntary) or about what
 * follows if they do not. Either half addresses the item (judging guide); our own duties to
 * disclose data ("if required by law we may disclose …") do not, nor does consent to a policy.
 */
export default gdprItem({
  name: 'statutory-requirement',
  title: 'Whether providing the data is required',
  cites: ['13(2)(e)'],
  docArticle: 13,
  explanation: 'When data are collected from the person, the notice must say whether providing them is a legal or contractual requirement or needed to enter a contract, whether the person must provide them, and what happens if they do not.',
  remedy: 'Say which data people must provide (and why: law, contract) and what happens if they do not (e.g. "without your e-mail address we cannot create your account").',
  anchorHeadings: [/\b(data|information)\b.{0,40}\b(we )?(collect|process)/],
  patterns: {
    cues: ['provid', 'provision', 'supply', 'give', 'giving', 'submit', 'share', 'sharing', 'disclos', 'enter', 'furnish', 'mandatory', 'compulsory', 'obligatory', 'required', 'marked', 'without', 'voluntary basis', 'statutory', 'contractual'],
    any: [
      // "Providing your e-mail address is optional", "the provision of these data is a contractual requirement".
      new RegExp(String.raw`\b(provid(e|ing)|provision of|supply(ing)?|giv(e|ing)|submit(ting)?|shar(e|ing)|disclos(e|ing)|furnish(ing)?) (us )?(with )?(your|the|this|such|any|these|those|personal|certain|some|all|of|that)\b[^.]{0,60}\b(is|are|remains?|will be) (entirely |completely |always |strictly |purely |generally |therefore )?(optional|voluntary|at your (own )?(discretion|choice|option)|not (mandatory|compulsory|obligatory|required|necessary|needed)|mandatory|compulsory|obligatory|required (by law|under|for (the )?(conclusion|performance|use))|a (statutory|contractual|legal) (requirement|obligation)|necessary (for|to) (enter|conclude|perform|the conclusion|the performance))\b`),
      // "Whether providing the data is a statutory or contractual requirement …".
      new RegExp(String.raw`\b(provid\w*|provision|supply\w*)\b[^.]{0,60}\b(statutory|contractual) (or (statutory|contractual) )?(requirement|obligation)\b|\b(statutory|contractual) (or (statutory|contractual) )?(requirement|obligation)\b[^.]{0,40}\bto (provide|supply|give)\b`),
      // "You are not obliged to provide …", "you do not have to give us …".
      new RegExp(String.raw`\byou (are|will be|shall be) (not |never |under no obligation |in no way )?(obliged|obligated|required|compelled|bound|under (an|no) (legal |contractual |statutory )?obligation)( by law| under law| by contract)? to ${GIVE}\b|\byou (do not|don't|need not|will not|won't|never) (have|need|needs) to ${GIVE} ${OBJECT}|\byou (need not|are free (not )?to) ${GIVE} ${OBJECT}`),
      // "You must give us your name and e-mail address to create an account".
      new RegExp(String.raw`\byou (must|need to|have to|will (need|have) to|are (asked|required) to) ${GIVE}\b[^.]{0,80}\b(in order )?to (create|register|open|use|access|set up|sign up|log in|complete|receive|purchase|order|place|book|enter into|conclude|perform|make use)\b`),
      // "You may choose not to provide …", "you can decline to share …" (not "you may choose to share", which is about sharing with others).
      new RegExp(String.raw`\byou (can|may|are free to|have the (right|option|choice) to) ((choose|decide|elect|opt) not|refuse|decline) to ${GIVE}\b|\byou (can|may) (choose|decide|elect) whether (or not )?to ${GIVE}\b`),
      // "If you do not provide them, you will not be able to use the app".
      new RegExp(String.raw`\b(if|where|should|in case|in the event that|when) you (do not|don't|did not|decide not to|decline to|choose not to|refuse to|fail to|prefer not to|opt not to|elect not to|are unable to|cannot|can't|do not wish to|don't wish to|do not want to|don't want to) (to )?${GIVE}\b${NOT_DATA}[^.]{0,160}\b${CANNOT}`),
      // "Failure to provide certain data may make it impossible …".
      new RegExp(String.raw`\b(failure|failing|refus(al|ing)|declining|inability|unwillingness|choosing not|deciding not|decision not) to ${GIVE}\b[^.]{0,160}\b(${CANNOT}|result|mean|consequen)`),
      // "Without your e-mail address we cannot create your account".
      new RegExp(String.raw`\bwithout (it|them|this|these|such|that|those|your|the (required|requested|necessary|mandatory)) ${DATA},? (we|you|the \w+|it|this|our \w+)\b[^.]{0,40}\b${CANNOT}`),
      // "Fields marked with an asterisk are mandatory", "mandatory information".
      /\b(mandatory|compulsory|obligatory|required) (fields?|form fields?|information fields?)\b|\bfields? marked\b[^.]{0,30}\b(mandatory|required|compulsory|obligatory)\b|\b(mandatory|compulsory|obligatory) (personal )?(data|information|details)\b/,
      // "… collects personal data on a voluntary basis".
      /\b(provid\w*|collect\w*|giv(e|en|ing)|shar(e|ed|ing)|process\w*|submit\w*)\b[^.]{0,40}\bon a (purely |strictly |completely )?voluntary basis\b/,
    ],
    // Another sense of "required to provide": proving who you are to exercise a right.
    // …and of "you do not have to enter it": not again, because it is remembered.
    unless: [/\b(verify|verification of) (your )?identity\b|\bproof of (your )?identity\b/, /(\bnot|\bnever|n't) (have|need) to (re-?)?(enter|give|provide|type|supply)\b[^.]{0,60}\b(again|each time|every time|each visit|every visit|repeatedly|twice)\b/],
  },
});
