// § 1798.115(c)(1), § 1798.130(a)(5)(C): the categories sold or shared in the preceding 12 months, or the statement that none were.
import { ccpaItem, SELL } from './define';
import { notBareHeading, notAboutMinorsOnly, notRightToKnowItem } from './evidence';

export default ccpaItem({
  name: 'categories-sold',
  title: 'Categories of personal information sold or shared',
  sections: ['1798.115(c)(1)', '1798.130(a)(5)(C)'],
  explanation: 'The policy must list the categories of personal information the business sold or shared (for cross-context behavioural advertising) in the preceding 12 months, or state that it has not sold or shared any.',
  remedy: 'List the categories you sold or shared in the last 12 months and to which categories of third parties, or state plainly that you do not sell or share personal information.',
  // "We do not sell the personal information of consumers under 16" is the minors' opt-in rule
  // (§ 1798.120(c)), not the business's sale position or the categories it sells.
  // Nor is an item of the right to know ("- the categories of personal information we sold about you").
  keep: (ctx, s) => notBareHeading(ctx, s) && notAboutMinorsOnly(s) && notRightToKnowItem(ctx, s),
  anchorHeadings: [/\b(sell|sale|sold|shar)/, /\bcalifornia\b/],
  patterns: {
    cues: ['sell', 'sold', 'rent', 'shar', 'sale', 'licens'],
    // The sale position stated negatively is a disclosure: "we do not sell your personal information".
    strong: [
      // "<subject> does not sell …", not the link title "Do Not Sell My Personal Information".
      // Not a request or link named by the words ("submit a Do Not Sell request"), not advice to the
      // reader ("you should never share another person's data"), not a denial of sharing only
      // with exceptions ("we do not share … except with our service providers") or only for the
      // recipients' own marketing (California's Shine the Light, § 1798.83).
      new RegExp(`\\b(?!you\\b|please\\b|click\\b|if\\b|do\\b|does\\b|a\\b|an\\b|the\\b|our\\b|your\\b|should\\b|must\\b|may\\b|can\\b|could\\b|would\\b)[a-z]+ (do not|does not|don't|doesn't|will not|won't|never|have not|has not|did not|shall not)( (?!want|wish|like)[a-z]+){0,3} (sell|sold|rent)\\b(?! (or (sell|share) )?my\\b)(?![^.]{0,160}\\b(direct marketing|(their|its) (own )?marketing)\\b)[^.]{0,80}\\b(personal|information|data)\\b`),
      new RegExp(`\\b(?!you\\b|please\\b|click\\b|if\\b|do\\b|does\\b|a\\b|an\\b|the\\b|our\\b|your\\b|should\\b|must\\b|may\\b|can\\b|could\\b|would\\b)[a-z]+ (do not|does not|don't|doesn't|will not|won't|never|have not|has not|did not|shall not)( (?!want|wish|like)[a-z]+){0,3} share\\b(?! my\\b)(?![^.]{0,160}\\b(direct marketing|(their|its) (own )?marketing)\\b)(?![^.]{0,200}\\b(except|unless|other than|without (your|first)|apart from)\\b)[^.]{0,80}\\b(personal|information|data)\\b`),
      /\b(information|data)\b[^.]{0,60}\b(is|are|will be|has|have) (not|never)( been)? (sold|rented)\b/,
    ],
    any: [
      // Categories of information (not of recipients: "the categories of third parties with whom we
      // share personal data" names recipients in the ordinary sense of sharing, no sale).
      new RegExp(`\\bcategor(y|ies)\\b(?! of (third part|recipients|sources|persons|service providers))[^.]{0,100}\\b(have )?(been )?${SELL}\\b`),
      /\bcategor(y|ies) of (third parties|recipients)\b[^.]{0,60}\b(sold|sell|sells)\b/,
      new RegExp(`\\b(sold|sell|sells|selling)\\b[^.]{0,80}\\bcategor(y|ies)\\b`),
      /\b(we|company)\b[^.]{0,40}\b(sell|sells|sold|may sell|license|rent)\b[^.]{0,60}\b(personal (information|data)|information|data)\b/,
      /\bsales? of (your |their |consumers' )?(personal )?(information|data)\b/,
      // A table or list of what was sold: "the categories of personal information we collected and
      // disclosed for a business purpose or as part of a sale".
      /\bcategor(y|ies) of (your |the )?(personal )?(information|data)\b[^.]{0,160}\b(sold|sales?)\b/,
      // The business's line of trade: "to license and sell business contact information to marketers".
      /\bto (license|sell|rent)( and (sell|license|rent))? (business |consumer |personal |contact |marketing )+(contact )?(information|data|lists?)\b/,
      // The business named as subject: "Example Corp sells identifiers and commercial information to …".
      /\bsells (your |their |consumers' |the following )?(identifiers|commercial information|inferences|geolocation|personal (information|data)|contact (information|data))\b/,
      /\b(has|have|had) (sold|shared|licensed)\b[^.]{0,80}\b(data|information|categories)\b/,
      /\b(selling|licensing|renting)\b[^.]{0,30}\b(of )?(contact |personal |consumer |marketing )?(information|data|lists?)\b/,
      /\bin the (preceding|past|last|prior) (12|twelve)( \(12\))? months\b[^.]{0,80}\b(sold|sell|shared|sales?)\b/,
    ],
    unless: [
      // A sale of the business is not a sale of personal information.
      // ("Business contact information" is data about people, not the business sold.)
      /\b(sell|sale)\b[^.]{0,40}\b(business|company)\b(?! (contact|information|data|profiles?|e-?mail|lists?))|\b(sell|sale)\b[^.]{0,40}\b(assets|merger|acquisition|bankruptcy)\b/,
      // Describing the consumer's rights (to know what is sold, to opt out) is not the disclosure itself.
      /\bright(s)? (to|of)\b|\brequest\b|\b(may|can|to) (ask|know|learn|obtain)\b|\bopt[- ]?out\b|\bdo not sell (or share )?my\b|\bif (a|the) business\b/,
      // Describing the statute ("the CCPA applies to any company that … sells …") is not our practice.
      /\b(ccpa|cpra|the law|the act|the statute)\b[^.]{0,30}\b(applies|apply|prohibits|requires|defines|gives|grants)\b|\b(any|a) (company|business) that\b/,
      // An item of what the right to know covers: \"the business or commercial purpose for collecting or selling\".
      /\b(business|commercial) purposes? for (collecting|selling|sharing)\b/,
      /\bpurposes? for (collecting|using|selling|sharing|disclosing)\b[^.]{0,60}\b(selling|sharing)\b/,
      // A condition, not a statement of practice: "if we sold your personal information, two lists:".
      /^\W{0,4}if (we|the business|company)\b[^.]{0,10}\b(sold|sell|shared|share)\b/,
      // The policy announcing its own scope: "this policy applies to our collection, use, disclosure
      // and sale of personal information", "the purpose of this notice is to describe our practices".
      /^\W{0,4}(the purpose of )?(this|the|our) ([a-z]+ ){0,2}(policy|notice|statement|section)\b[^.]{0,80}\b(applies|describes|explains|details|provides?|is to|sets out)\b/,
      // Buying data in: "we license data from other providers".
      /^(?![^.]*\b(sell|sells|sold|selling)\b)[^.]*\blicens\w*\b[^.]{0,60}\bfrom\b/,
      // Shine the Light (§ 1798.83): sharing for the recipients' own direct marketing is another law's disclosure.
      /\b(for (their|its) (own )?(direct )?marketing|direct marketing (purposes|uses))\b/,
    ],
  },
});
