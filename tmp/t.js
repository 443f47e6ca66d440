"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// server/src/engine/types.ts
var ALL_REGIMES = ["gdpr", "ccpa", "caloppa", "coppa"];

// server/src/engine/cancellation.ts
var NEVER_CANCELLED = Object.freeze({ isCancellationRequested: false });
var CancelledError = class extends Error {
  constructor() {
    super("The check was cancelled because the document changed.");
    this.name = "CancelledError";
  }
};
function throwIfCancelled(token) {
  if (token.isCancellationRequested) throw new CancelledError();
}

// server/src/engine/rules/framework/legal.ts
var EURLEX_GDPR = "https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:32016R0679";
function gdprArticleUrl(article) {
  return `${EURLEX_GDPR}#art_${article}`;
}
function formatRefs(refs) {
  const byLaw = /* @__PURE__ */ new Map();
  for (const r of refs) {
    const list = byLaw.get(r.law) ?? [];
    list.push(r.cite);
    byLaw.set(r.law, list);
  }
  return [...byLaw].map(([law, cites]) => `${law} ${cites.join(", ")}`).join("; ");
}
function gdpr(...cites) {
  return cites.map((c) => ({ law: "GDPR", cite: `Art. ${c}`, article: Number(/^\d+/.exec(c)?.[0]) }));
}

// server/src/engine/rules/framework/match.ts
function sectionHeadingNorms(ctx) {
  return ctx.memo(
    "sectionHeadingNorms",
    () => ctx.doc.sections.map((s) => s.heading ? ctx.doc.norm.slice(s.heading.start, s.heading.end) : "")
  );
}
function findSentences(ctx, p) {
  const headings = sectionHeadingNorms(ctx);
  const out = [];
  const sectionOk = /* @__PURE__ */ new Map();
  for (const s of ctx.doc.sentences) {
    if (p.unless && p.unless.some((r) => r.test(s.norm))) continue;
    if (p.any.some((r) => r.test(s.norm))) {
      out.push(s);
      continue;
    }
    if (p.sectionHeadings && p.inSection) {
      let ok = sectionOk.get(s.section);
      if (ok === void 0) {
        const h = headings[s.section];
        ok = h.length > 0 && p.sectionHeadings.some((r) => r.test(h));
        sectionOk.set(s.section, ok);
      }
      if (ok && p.inSection.some((r) => r.test(s.norm))) out.push(s);
    }
  }
  return out;
}

// server/src/engine/rules/framework/defineGdpr.ts
function gdprItem(item) {
  return {
    kind: "disclosure",
    id: `gdpr/${item.name}`,
    family: "gdpr",
    title: item.title,
    refs: gdpr(...item.cites),
    defaultSeverity: item.severity ?? "warning",
    docUrl: gdprArticleUrl(item.docArticle),
    explanation: item.explanation,
    remedy: item.remedy,
    anchorHeadings: item.anchorHeadings,
    detect: (ctx) => findSentences(ctx, item.patterns),
    requirement: item.requirement
  };
}
var RIGHTS_HEADINGS = [/\bright/, /\bchoices\b/, /\bcontrol\b.{0,30}\b(data|information)\b/, /\baccess(ing)?\b.{0,30}\b(data|information)\b/];
var CONTACT_HEADINGS = [/\bcontact/, /\bquestions\b/, /\bhow to reach\b/, /\bcomplaints?\b/];

// server/src/engine/rules/gdpr/controllerIdentity.ts
var controllerIdentity_default = gdprItem({
  name: "controller-identity",
  title: "Identity of the controller",
  cites: ["13(1)(a)", "14(1)(a)"],
  docArticle: 13,
  explanation: "People must be told who decides why and how their personal data are used: the controller, by its legal name.",
  remedy: 'Name the controller by its full legal name (e.g. "Example Ltd is the controller of your personal data").',
  anchorHeadings: [/\b(who we are|about us|controller|introduction|identity)\b/],
  patterns: {
    any: [
      /\b(data )?controller\b/,
      /\bresponsible for (the )?(processing|your (personal )?(data|information))\b/,
      /\b(inc|llc|l\.l\.c|ltd|limited|gmbh|ag|ab|aps|a\/s|s\.a|sas|s\.a\.s|b\.v|bv|n\.v|s\.r\.l|srl|plc|corp|corporation|pty|oy|oü|sp\. z o\.o|kg)\b\.?,?[^.]{0,80}\(\s*(hereinafter\s+)?("|')?[^)]{0,40}\b(we|us|our)\b/,
      /\b(inc|llc|ltd|limited|gmbh|ag|ab|aps|a\/s|s\.a|sas|b\.v|n\.v|s\.r\.l|plc|corp|corporation|pty)\b\.?,? (is|are|operates|provides|owns)\b/,
      /\b(this (website|site|app|service) is (operated|owned|run) by)\b/
    ],
    unless: [/\b(our|the) customers?,? (as|are|act as) (the )?(data )?controllers?\b/]
  }
});

// server/src/engine/rules/gdpr/controllerContact.ts
var EMAIL = /[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63}){1,8}/;
var EMAIL_ARTIFACT = /\[email(&#160;|\s)protected\]/;
var controllerContact_default = gdprItem({
  name: "controller-contact",
  title: "Contact details of the controller",
  cites: ["13(1)(a)", "14(1)(a)"],
  docArticle: 13,
  explanation: "People need a way to reach the controller about their data: an e-mail address, a postal address, a telephone number or a contact form.",
  remedy: "Add how to contact the controller: at least an e-mail or postal address.",
  anchorHeadings: CONTACT_HEADINGS,
  patterns: {
    any: [
      /\b(contact|reach|write to|email|e-mail|call) (us|our)\b[^.]{0,120}(@|\b(at|via|by|:)\b)/,
      /\b(contact|reach|write to) (us|our)\b/,
      /\b(postal|mailing|registered|office) address\b/,
      /\b(tel|telephone|phone)\b\.?:?\s{0,3}\+?[0-9(]/
    ],
    sectionHeadings: CONTACT_HEADINGS,
    inSection: [EMAIL, EMAIL_ARTIFACT, /\b(street|road|avenue|suite|p\.?o\.? box|strasse|straße|vägen|gatan)\b/, /\+?\d[\d ()-]{6,}/]
  }
});

// server/src/engine/rules/gdpr/dpoContact.ts
var DPO = /\b(data protection officer|dpo|data privacy officer|datenschutzbeauftragte)\b/;
var dpoContact_default = gdprItem({
  name: "dpo-contact",
  title: "Contact details of the data protection officer",
  cites: ["13(1)(b)", "14(1)(b)", "37"],
  docArticle: 13,
  explanation: "Where the controller has designated a data protection officer (Art. 37), the notice must say how to contact the DPO.",
  remedy: "Give the DPO\u2019s contact details (an e-mail or postal address); if no DPO is designated, declare `dpo: false` in the processing profile.",
  anchorHeadings: [/\b(data protection officer|dpo)\b/, /\bcontact/],
  patterns: {
    any: [DPO],
    unless: [/\b(not|no) (appointed|designated|required to appoint)\b[^.]{0,40}\b(data protection officer|dpo)\b/]
  },
  requirement: (ctx, found) => {
    const dpo = ctx.options.profile.dpo;
    if (dpo === true) return { required: "always", because: "the processing profile declares a DPO" };
    if (dpo === false) return { required: "not-applicable", because: "the processing profile declares no DPO" };
    if (found.get("gdpr/dpo-contact")) return { required: "always", because: "the text mentions a data protection officer" };
    return { required: "conditional", because: "required only if a data protection officer is designated (Art. 37)" };
  }
});

// server/src/engine/rules/gdpr/dataCategories.ts
var HEADINGS = [/\b(data|information)\b.{0,40}\b(we )?(collect|process|obtain|gather|receive)/, /\b(what|which|types?|categories|kinds?)\b.{0,30}\b(data|information)\b/];
var dataCategories_default = gdprItem({
  name: "data-categories",
  title: "Categories of personal data",
  cites: ["14(1)(d)"],
  docArticle: 14,
  explanation: "The notice must say which kinds of personal data are processed (e.g. contact details, payment data, usage data), in particular where they were not obtained from the person.",
  remedy: "List the categories of personal data you process (e.g. identification and contact data, account data, usage data).",
  anchorHeadings: HEADINGS,
  patterns: {
    any: [
      /\b(categories|types|kinds) of (personal )?(data|information)\b/,
      /\b(we|may) (collect|process|obtain|gather|receive|store)\b[^.]{0,80}\b(name|e-?mail|address|phone|telephone|ip address|date of birth|payment|location|device|cookies?|usage)\b/,
      /\b(personal (data|information)|information)\b[^.]{0,40}\b(such as|including|includes|include|like)\b[^.]{0,40}\b(name|e-?mail|address|phone|ip address)\b/
    ],
    sectionHeadings: HEADINGS,
    inSection: [/\b(name|e-?mail|address|phone|ip address|date of birth|payment|identifier|location)\b/]
  }
});

// server/src/engine/rules/gdpr/purposes.ts
var HEADINGS2 = [/\b(how|why) (we|do we) use\b/, /\bpurposes?\b/, /\buse of (your )?(personal )?(data|information)\b/];
var purposes_default = gdprItem({
  name: "purposes",
  title: "Purposes of the processing",
  cites: ["13(1)(c)", "14(1)(c)"],
  docArticle: 13,
  explanation: "The notice must say what the personal data are used for, purpose by purpose.",
  remedy: "Say for which purposes you use personal data (e.g. to provide the service, to bill, to send newsletters with consent).",
  anchorHeadings: HEADINGS2,
  patterns: {
    any: [
      /\bpurposes?\b[^.]{0,60}\b(process|processing|use|collect)/,
      /\b(process|processing|use|collect)\b[^.]{0,60}\bpurposes?\b/,
      /\bwe (may )?(use|process)\b[^.]{0,60}\b(data|information)\b[^.]{0,20}\b(to|for|in order to)\b/,
      /\b(in order to|so that we can|to enable us to)\b[^.]{0,40}\b(provide|improve|send|process|manage|deliver|respond)\b/
    ],
    sectionHeadings: HEADINGS2,
    inSection: [/\b(to|for)\b [a-z]+/]
  }
});

// server/src/engine/rules/gdpr/legalBasis.ts
var HEADINGS3 = [/\b(legal|lawful) (basis|bases|grounds?)\b/];
var legalBasis_default = gdprItem({
  name: "legal-basis",
  title: "Legal basis of the processing",
  cites: ["13(1)(c)", "14(1)(c)", "6"],
  docArticle: 6,
  explanation: "For each purpose the notice must name the legal basis in Art. 6 on which the processing relies (consent, contract, legal obligation, vital interests, public task or legitimate interests).",
  remedy: 'For each purpose, name its legal basis under Art. 6(1) (e.g. "performance of our contract with you, Art. 6(1)(b) GDPR").',
  anchorHeadings: [...HEADINGS3, /\b(how|why) (we|do we) use\b/, /\bpurposes?\b/],
  patterns: {
    any: [
      /\b(legal|lawful) (basis|bases|grounds?)\b/,
      /\bart(icle)?\.? ?6\b/,
      /\blegitimate interests?\b/,
      /\b(performance|perform|fulfil|fulfill)\w* (of )?(a |the |our )?contract\b/,
      /\b(comply|compliance) with (a |our |the )?legal obligations?\b/,
      /\b(based on|on the basis of|with) your consent\b/,
      /\bvital interests?\b/
    ],
    sectionHeadings: HEADINGS3,
    inSection: [/\b(consent|contract|obligation|interest)/]
  }
});

// server/src/engine/rules/gdpr/legitimateInterests.ts
var BASIS_LI = /legitimate/i;
var legitimateInterests_default = gdprItem({
  name: "legitimate-interests",
  title: "Legitimate interests pursued",
  cites: ["13(1)(d)", "14(2)(b)", "6(1)(f)"],
  docArticle: 13,
  explanation: "Where processing relies on legitimate interests (Art. 6(1)(f)), the notice must describe the interests pursued by the controller or a third party.",
  remedy: 'Describe the legitimate interests you rely on (e.g. "our legitimate interest in keeping our service secure").',
  anchorHeadings: [/\blegitimate interests?\b/, /\b(legal|lawful) (basis|bases|grounds?)\b/],
  patterns: {
    any: [/\blegitimate interests?\b/, /\bart(icle)?\.? ?6 ?\(1\) ?\(?f\)?|\bart\.? ?6 ?(para\.? ?1 )?(sentence 1 )?lit\.? ?f\b/]
  },
  requirement: (ctx, found) => {
    const basis = ctx.options.profile.basis;
    if (basis) {
      return basis.some((b) => BASIS_LI.test(b)) ? { required: "always", because: "the processing profile lists legitimate interests as a basis" } : { required: "not-applicable", because: "the processing profile does not list legitimate interests as a basis" };
    }
    if (found.get("gdpr/legitimate-interests")) return { required: "always", because: "the text relies on legitimate interests" };
    return { required: "conditional", because: "required only if processing relies on legitimate interests (Art. 6(1)(f))" };
  }
});

// server/src/engine/rules/gdpr/dataSource.ts
var dataSource_default = gdprItem({
  name: "data-source",
  title: "Source of the personal data",
  cites: ["14(2)(f)"],
  docArticle: 14,
  explanation: "Where personal data were not obtained from the person, the notice must say where they came from, and whether from publicly accessible sources.",
  remedy: 'Say where the data come from (e.g. "from you directly, from our business partners, and from public registers").',
  anchorHeadings: [/\b(source|how we (collect|obtain)|information we (collect|receive))\b/],
  patterns: {
    any: [
      /\b(from|via|through) (third[- ]part(y|ies)|our partners|business partners|publicly available|public sources|other sources|social (media|networks)|data brokers|affiliates|service providers)\b/,
      /\b(obtain|receive|collect|get)\b[^.]{0,60}\b(from|about you from)\b[^.]{0,40}\b(third|partners?|public|other|sources?|social)\b/,
      /\b(you (provide|give|submit|enter)|provided by you|directly from you)\b/,
      /\b(collect|gather)\w*\b[^.]{0,40}\bautomatically\b/
    ]
  },
  requirement: (ctx) => {
    const indirect = ctx.options.profile.indirectSources;
    if (indirect === true) return { required: "always", because: "the processing profile declares data from other sources" };
    if (indirect === false) return { required: "not-applicable", because: "the processing profile declares that all data come from the person" };
    return { required: "conditional", because: "required where data are obtained other than from the person (Art. 14)" };
  }
});

// server/src/engine/rules/gdpr/retention.ts
var HEADINGS4 = [/\b(retention|how long|storage period|keep(ing)? your|store|storing)\b/];
var retention_default = gdprItem({
  name: "retention",
  title: "Storage period",
  cites: ["13(2)(a)", "14(2)(a)"],
  docArticle: 13,
  explanation: "The notice must say how long personal data are kept or, where no fixed period is possible, the criteria used to decide it.",
  remedy: 'State how long each category of data is kept, or the criteria that decide it (e.g. "for the duration of the contract and 6 years thereafter for tax purposes").',
  anchorHeadings: HEADINGS4,
  patterns: {
    any: [
      /\b(retain|retention|keep|store|stored|kept|retained)\b[^.]{0,100}\b(as long as|for (a period|the period|the duration|no longer|up to|\d+|one|two|three|six|ten)|until|no longer than|only as long)\b/,
      /\bretention (period|policy|schedule)s?\b/,
      /\b(delete|erase|anonymi[sz]e|destroy)\w*\b[^.]{0,80}\b(after|within|once|when)\b[^.]{0,60}\b(no longer|\d+|period|expire|termination|end)/,
      /\b(storage|retention) (period|duration|time)\b/
    ],
    sectionHeadings: HEADINGS4,
    inSection: [/\b(long|period|years?|months?|days?|until|delete|criteria)\b/]
  }
});

// server/src/engine/rules/gdpr/recipients.ts
var HEADINGS5 = [/\b(shar(e|ing)|disclos|recipients?|third part|who (we|do we) (share|give))/];
var recipients_default = gdprItem({
  name: "recipients",
  title: "Recipients of the personal data",
  cites: ["13(1)(e)", "14(1)(e)"],
  docArticle: 13,
  explanation: "The notice must name who receives the personal data, or the categories of recipients (e.g. hosting providers, payment processors, authorities).",
  remedy: "Say to whom you disclose personal data: named recipients or categories (service providers, group companies, authorities).",
  anchorHeadings: HEADINGS5,
  patterns: {
    any: [
      /\b(share|sharing|shared|disclose|disclosed|disclosure|transfer|transmit|provide|pass|sell|rent)\w*\b[^.]{0,80}\b(with|to)\b[^.]{0,60}\b(third[- ]part(y|ies)|service providers?|processors?|vendors?|partners?|affiliates?|subsidiaries|group companies|authorities|law enforcement|contractors|suppliers|advertis\w+|analytics providers?)\b/,
      /\brecipients?\b/,
      /\b(we (do not|don't|never) (share|sell|disclose|rent))\b/
    ],
    sectionHeadings: HEADINGS5,
    inSection: [/\b(provider|processor|partner|affiliate|authorit|vendor|third)/]
  }
});

// server/src/engine/rules/gdpr/internationalTransfers.ts
var internationalTransfers_default = gdprItem({
  name: "international-transfers",
  title: "Transfers to third countries",
  cites: ["13(1)(f)", "14(1)(f)", "44", "46"],
  docArticle: 13,
  explanation: "Where personal data leave the EU/EEA, the notice must say so, whether an adequacy decision exists, and which safeguards apply (e.g. standard contractual clauses) and how to obtain a copy.",
  remedy: "Say whether data leave the EEA, to which countries, and on which safeguard (adequacy decision, standard contractual clauses), or state that they do not.",
  anchorHeadings: [/\b(international|transfers?|outside|cross-border|where we (store|process))\b/],
  patterns: {
    any: [
      /\b(outside|beyond)\b[^.]{0,20}\b(the )?(eea|european economic area|eu|european union|uk|switzerland)\b/,
      /\bthird countr(y|ies)\b/,
      /\bstandard contractual clauses\b|\bsccs?\b/,
      /\badequacy decision\b|\badequate (level of )?protection\b/,
      /\b(international|cross-border) (data )?transfers?\b/,
      /\b(transfer|transferred|store|stored|process|processed|hosted)\b[^.]{0,80}\b(united states|u\.s\.|usa|other countries|countries other than)\b/,
      /\b(privacy shield|data privacy framework|binding corporate rules)\b/
    ]
  },
  requirement: (ctx, found) => {
    const t = ctx.options.profile.transfers;
    if (t === true) return { required: "always", because: "the processing profile declares transfers outside the EEA" };
    if (t === false) return { required: "not-applicable", because: "the processing profile declares no transfers outside the EEA" };
    if (found.get("gdpr/international-transfers")) return { required: "always", because: "the text mentions transfers" };
    return { required: "conditional", because: "required only if personal data are transferred outside the EEA" };
  }
});

// server/src/engine/rules/gdpr/statutoryRequirement.ts
var statutoryRequirement_default = gdprItem({
  name: "statutory-requirement",
  title: "Whether providing the data is required",
  cites: ["13(2)(e)"],
  docArticle: 13,
  explanation: "When data are collected from the person, the notice must say whether providing them is a legal or contractual requirement or needed to enter a contract, whether the person must provide them, and what happens if they do not.",
  remedy: 'Say which data people must provide (and why: law, contract) and what happens if they do not (e.g. "without your e-mail address we cannot create your account").',
  anchorHeadings: [/\b(data|information)\b.{0,40}\b(we )?(collect|process)/],
  patterns: {
    any: [
      /\b(statutory|contractual|legal) (or contractual )?requirement\b/,
      /\b(not )?(obliged|obligated|required|under (an|no) obligation)\b[^.]{0,30}\bto (provide|give|supply|disclose)\b/,
      /\b(if|where|should) you (do not|don't|decline to|choose not to|refuse to) (provide|give|supply|share)\b/,
      /\b(failure|refus\w*) to provide\b/,
      /\b(mandatory|voluntary|optional)\b[^.]{0,60}\b(provide|provision|fields?|information|data)\b/,
      /\b(provision|providing) of (your )?(personal )?(data|information) is\b/
    ]
  }
});

// server/src/engine/rules/gdpr/automatedDecisionMaking.ts
var automatedDecisionMaking_default = gdprItem({
  name: "automated-decision-making",
  title: "Automated decision-making and profiling",
  cites: ["13(2)(f)", "14(2)(g)", "22"],
  docArticle: 22,
  explanation: "Where decisions with legal or similarly significant effects are made solely by automated means (Art. 22), the notice must say so and explain the logic involved and the consequences.",
  remedy: "Say whether you make automated decisions, including profiling, with legal or similarly significant effects; if so, explain the logic and the consequences; if not, say so.",
  anchorHeadings: [/\b(automated|profiling)\b/],
  patterns: {
    any: [
      /\bautomated (individual )?decision/,
      /\bautomated (processing|means)\b[^.]{0,80}\b(decision|legal effects?|significant)/,
      /\bprofiling\b/,
      /\bart(icle)?\.? ?22\b/
    ]
  },
  requirement: (ctx, found) => {
    const a = ctx.options.profile.automatedDecisions;
    if (a === true) return { required: "always", because: "the processing profile declares automated decisions" };
    if (a === false) return { required: "not-applicable", because: "the processing profile declares no automated decisions" };
    if (found.get("gdpr/automated-decision-making")) return { required: "always", because: "the text mentions automated decisions or profiling" };
    return { required: "conditional", because: "required only if automated decisions with legal or similarly significant effects are made (Art. 22)" };
  }
});

// server/src/engine/rules/gdpr/rightAccess.ts
var rightAccess_default = gdprItem({
  name: "right-access",
  title: "Right of access",
  cites: ["13(2)(b)", "15"],
  docArticle: 15,
  explanation: "People may ask whether their data are processed and obtain a copy with the details of the processing (Art. 15); the notice must tell them so.",
  remedy: "Tell people they may request access to, and a copy of, the personal data you hold about them.",
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    any: [
      /\bright (of|to) access\b/,
      /\b(access|copy|copies)\b[^.]{0,15}\b(to |of )?(your|the|their|any|all)\b[^.]{0,20}\b(personal )?(data|information)\b[^.]{0,60}\b(we|hold|have|process|stored)\b/,
      /\bart(icle)?\.? ?15\b/,
      /\b(request|ask for|obtain|receive)\b[^.]{0,30}\b(access|a copy)\b/,
      /\bsubject access request\b/,
      /\b(know|confirmation) whether\b[^.]{0,60}\b(data|information)\b/
    ],
    unless: [/\baccess (to )?(the|our) (services?|website|site|platform|app|account)\b/],
    sectionHeadings: RIGHTS_HEADINGS,
    inSection: [/\baccess\b/]
  }
});

// server/src/engine/rules/gdpr/rightRectification.ts
var rightRectification_default = gdprItem({
  name: "right-rectification",
  title: "Right to rectification",
  cites: ["13(2)(b)", "16"],
  docArticle: 16,
  explanation: "People may have inaccurate data corrected and incomplete data completed (Art. 16); the notice must tell them so.",
  remedy: "Tell people they may have inaccurate or incomplete personal data corrected.",
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    any: [
      /\brectif(y|ication|ied)\b/,
      /\b(correct|update|amend|modify|change)\b[^.]{0,20}\b(your|any|inaccurate|incomplete|incorrect|the|their)\b[^.]{0,30}\b(personal )?(data|information|details)\b/,
      /\bcorrection\b/,
      /\bart(icle)?\.? ?16\b/
    ],
    unless: [/\b(correct|accurate) (and|or) (up to date|complete)\b[^.]{0,40}\b(you|provide)\b(?![^.]{0,60}\bright)/],
    sectionHeadings: RIGHTS_HEADINGS,
    inSection: [/\b(correct|update|amend)\b/]
  }
});

// server/src/engine/rules/gdpr/rightErasure.ts
var rightErasure_default = gdprItem({
  name: "right-erasure",
  title: "Right to erasure",
  cites: ["13(2)(b)", "17"],
  docArticle: 17,
  explanation: 'People may ask for their data to be erased where, for example, they are no longer needed or consent is withdrawn (Art. 17, the "right to be forgotten"); the notice must tell them so.',
  remedy: "Tell people they may ask for their personal data to be erased.",
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    any: [
      /\berasure\b/,
      /\bright to be forgotten\b/,
      /\b(erase|delete|remove)\b[^.]{0,20}\b(your|the|their|any|all)\b[^.]{0,30}\b(personal )?(data|information)\b/,
      /\bdeletion of (your |the )?(personal )?(data|information)\b/,
      /\bart(icle)?\.? ?17\b/
    ],
    unless: [/\b(we|will) (automatically )?(delete|erase)\b[^.]{0,80}\b(after|when|once|within)\b(?![^.]{0,80}\b(request|right|ask)\b)/],
    sectionHeadings: RIGHTS_HEADINGS,
    inSection: [/\b(delete|deletion|erase)\b/]
  }
});

// server/src/engine/rules/gdpr/rightRestriction.ts
var rightRestriction_default = gdprItem({
  name: "right-restriction",
  title: "Right to restriction of processing",
  cites: ["13(2)(b)", "18"],
  docArticle: 18,
  explanation: "People may have processing restricted (data kept but not otherwise used) while, for example, accuracy is contested (Art. 18); the notice must tell them so.",
  remedy: "Tell people they may ask you to restrict the processing of their personal data.",
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    any: [
      /\brestrict(ion|ed)?\b[^.]{0,30}\b(of )?(the |our )?(processing|use)\b/,
      /\b(limit|block)\w*\b[^.]{0,20}\b(the )?processing\b/,
      /\bart(icle)?\.? ?18\b/
    ],
    sectionHeadings: RIGHTS_HEADINGS,
    inSection: [/\brestrict/]
  }
});

// server/src/engine/rules/gdpr/rightObjection.ts
var rightObjection_default = gdprItem({
  name: "right-objection",
  title: "Right to object",
  cites: ["13(2)(b)", "21"],
  docArticle: 21,
  explanation: "People may object to processing based on legitimate interests or public task, and always to direct marketing (Art. 21); the notice must tell them so.",
  remedy: "Tell people they may object to processing based on legitimate interests and to direct marketing at any time.",
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    any: [
      /\bright to object\b/,
      /\bobject(ing)? (to|at any time)\b/,
      /\bobjection (to|against)\b/,
      /\bart(icle)?\.? ?21\b/
    ],
    sectionHeadings: RIGHTS_HEADINGS,
    inSection: [/\bobject(ion)?\b(?! (of|is|are|that|which|code))/]
  }
});

// server/src/engine/rules/gdpr/rightPortability.ts
var rightPortability_default = gdprItem({
  name: "right-portability",
  title: "Right to data portability",
  cites: ["13(2)(b)", "20"],
  docArticle: 20,
  explanation: "People may receive the data they provided in a structured, machine-readable format and have them sent to another controller, where processing is based on consent or contract and automated (Art. 20); the notice must tell them so.",
  remedy: "Tell people they may receive their data in a structured, commonly used, machine-readable format and have it transmitted to another controller.",
  anchorHeadings: RIGHTS_HEADINGS,
  patterns: {
    any: [
      /\bportab(le|ility)\b/,
      /\bmachine[- ]readable\b/,
      /\b(transmit|transfer|send)\w*\b[^.]{0,40}\b(to )?another (controller|organi[sz]ation|company|service provider|provider)\b/,
      /\bart(icle)?\.? ?20\b/
    ]
  }
});

// server/src/engine/rules/gdpr/rightWithdrawConsent.ts
var BASIS_CONSENT = /consent/i;
var RELIES_ON_CONSENT = /\b(with|based on|on the basis of|by giving|you give|you have given|we (ask for|obtain|request|rely on)) (your )?consent\b|\bconsent to\b/;
var rightWithdrawConsent_default = gdprItem({
  name: "right-withdraw-consent",
  title: "Right to withdraw consent",
  cites: ["13(2)(c)", "14(2)(d)", "7(3)"],
  docArticle: 7,
  explanation: "Where processing relies on consent, people may withdraw it at any time, as easily as they gave it, without affecting earlier processing (Art. 7(3)); the notice must tell them so.",
  remedy: "Tell people they may withdraw their consent at any time, how to do it, and that withdrawal does not affect processing before it.",
  anchorHeadings: [...RIGHTS_HEADINGS, /\bconsent\b/],
  patterns: {
    any: [
      /\b(withdraw|revoke|retract)\w*\b[^.]{0,30}\bconsent\b/,
      /\bwithdrawal of (your )?consent\b/,
      /\bconsent\b[^.]{0,60}\b(withdraw|revoke)/,
      /\bart(icle)?\.? ?7 ?\(3\)/
    ]
  },
  requirement: (ctx, found) => {
    const basis = ctx.options.profile.basis;
    if (basis) {
      return basis.some((b) => BASIS_CONSENT.test(b)) ? { required: "always", because: "the processing profile lists consent as a basis" } : { required: "not-applicable", because: "the processing profile does not list consent as a basis" };
    }
    if (found.get("gdpr/right-withdraw-consent")) return { required: "always", because: "the text mentions consent" };
    if (ctx.doc.sentences.some((s) => RELIES_ON_CONSENT.test(s.norm))) return { required: "always", because: "the text relies on consent" };
    return { required: "conditional", because: "required only if processing relies on consent" };
  }
});

// server/src/engine/rules/gdpr/rightComplaint.ts
var rightComplaint_default = gdprItem({
  name: "right-complaint",
  title: "Right to lodge a complaint with a supervisory authority",
  cites: ["13(2)(d)", "77"],
  docArticle: 77,
  explanation: "People may complain to a data protection supervisory authority, in particular in the Member State where they live or work or where the infringement occurred (Art. 77); the notice must tell them so.",
  remedy: "Tell people they may lodge a complaint with a supervisory authority, and name yours (with its website).",
  anchorHeadings: [...RIGHTS_HEADINGS, /\bcomplain/],
  patterns: {
    any: [
      /\b(lodge|file|make|submit|raise)\b[^.]{0,20}\bcomplaint\b[^.]{0,80}\b(authorit|regulator|commissioner|agency|dpa|ico|cnil)/,
      /\bsupervisory authorit(y|ies)\b/,
      /\b(data protection|privacy) (authority|regulator|agency|commissioner)\b/,
      /\binformation commissioner\b/,
      /\bright to complain\b/,
      /\bart(icle)?\.? ?77\b/
    ]
  }
});

// server/src/engine/rules/gdpr/index.ts
var GDPR_CATALOG = [
  controllerIdentity_default,
  controllerContact_default,
  dpoContact_default,
  dataCategories_default,
  purposes_default,
  legalBasis_default,
  legitimateInterests_default,
  dataSource_default,
  retention_default,
  recipients_default,
  internationalTransfers_default,
  statutoryRequirement_default,
  automatedDecisionMaking_default,
  rightAccess_default,
  rightRectification_default,
  rightErasure_default,
  rightRestriction_default,
  rightObjection_default,
  rightPortability_default,
  rightWithdrawConsent_default,
  rightComplaint_default
];

// server/src/engine/registry.ts
var CATALOGS = {
  gdpr: GDPR_CATALOG,
  ccpa: [],
  caloppa: [],
  coppa: []
};
var CHECKS = [];
var ALL_RULES = [...Object.values(CATALOGS).flat(), ...CHECKS];
var BY_ID = new Map(ALL_RULES.map((r) => [r.id, r]));
if (BY_ID.size !== ALL_RULES.length) throw new Error("Duplicate rule id in the registry");
function catalogFor(regime) {
  return CATALOGS[regime];
}
function checkRules() {
  return CHECKS;
}
function isKnownRuleId(id) {
  return BY_ID.has(id);
}

// server/src/engine/config.ts
var DEFAULT_REGIMES = ["gdpr"];
var SEVERITIES = /* @__PURE__ */ new Set(["error", "warning", "information", "hint", "off"]);
var PROFILE_BOOLEANS = ["dpo", "transfers", "indirectSources", "automatedDecisions", "children", "sells"];
var ORG_FIELDS = ["name", "website", "email", "privacyEmail", "phone", "address"];
function resolveOptions(sources) {
  const messages = [];
  const options = {
    regimes: [...DEFAULT_REGIMES],
    rules: {},
    profile: {},
    organization: {},
    now: sources.now ?? /* @__PURE__ */ new Date()
  };
  const layers = [
    ["settings (privacyPolicy.*)", sources.settings],
    [sources.projectFileName ?? ".privacy-policy.json", sources.projectFile],
    ["the front matter", sources.frontMatter]
  ];
  for (const [where, layer] of layers) {
    if (layer === void 0 || layer === null) continue;
    if (typeof layer !== "object" || Array.isArray(layer)) {
      messages.push(`${where}: expected an object of settings; ignored.`);
      continue;
    }
    applyLayer(options, layer, where, messages);
  }
  return { options, messages };
}
function applyLayer(options, layer, where, messages) {
  if ("regimes" in layer) {
    const regimes = readRegimes(layer.regimes, where, messages);
    if (regimes) options.regimes = regimes;
  }
  if ("rules" in layer) readRules(layer.rules, options.rules, where, messages);
  const profileSource = isObject(layer.profile) ? layer.profile : layer;
  readProfile(profileSource, options.profile, where, messages);
  if ("organization" in layer) readOrganization(layer.organization, options.organization, where, messages);
}
function readRegimes(value, where, messages) {
  const list = typeof value === "string" ? value.split(",").map((s) => s.trim()) : value;
  if (!Array.isArray(list)) {
    messages.push(`${where}: "regimes" must be a list such as ["gdpr", "ccpa"]; using ${DEFAULT_REGIMES.join(", ")}.`);
    return void 0;
  }
  const out = [];
  for (const r of list) {
    const id = typeof r === "string" ? r.trim().toLowerCase() : r;
    if (typeof id === "string" && ALL_REGIMES.includes(id)) {
      if (!out.includes(id)) out.push(id);
    } else {
      messages.push(`${where}: unknown regime ${JSON.stringify(r)}; known regimes are ${ALL_REGIMES.join(", ")}.`);
    }
  }
  return out;
}
function readRules(value, into, where, messages) {
  if (!isObject(value)) {
    messages.push(`${where}: "rules" must map rule ids to a severity or "off", e.g. {"gdpr/dpo-contact": "off"}; ignored.`);
    return;
  }
  for (const [id, sev] of Object.entries(value)) {
    if (!isKnownRuleId(id)) {
      messages.push(`${where}: unknown rule id "${id}" in "rules"; ignored.`);
      continue;
    }
    if (typeof sev !== "string" || !SEVERITIES.has(sev)) {
      messages.push(`${where}: rule "${id}" has severity ${JSON.stringify(sev)}; use error, warning, information, hint or off. Default kept.`);
      continue;
    }
    into[id] = sev;
  }
}
function readProfile(src, into, where, messages) {
  for (const key of PROFILE_BOOLEANS) {
    if (!(key in src) || src[key] === null || src[key] === void 0) continue;
    if (typeof src[key] === "boolean") into[key] = src[key];
    else messages.push(`${where}: "${key}" must be true or false, not ${JSON.stringify(src[key])}; treated as undeclared.`);
  }
  if ("basis" in src && src.basis !== null && src.basis !== void 0) {
    const b = typeof src.basis === "string" ? [src.basis] : src.basis;
    if (Array.isArray(b) && b.every((x) => typeof x === "string")) into.basis = b;
    else messages.push(`${where}: "basis" must be a list such as ["contract", "consent"]; treated as undeclared.`);
  }
}
function readOrganization(value, into, where, messages) {
  if (!isObject(value)) {
    messages.push(`${where}: "organization" must be an object with name, website, email, privacyEmail, phone, address; ignored.`);
    return;
  }
  for (const key of ORG_FIELDS) {
    const v = value[key];
    if (v === void 0 || v === null || v === "") continue;
    if (typeof v === "string") into[key] = v.trim();
    else messages.push(`${where}: organization.${key} must be text; ignored.`);
  }
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// server/src/engine/text/lineIndex.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }
  /** Offsets at which each line starts. Line breaks: \n, \r\n, lone \r. */
  lineStarts;
  get lineCount() {
    return this.lineStarts.length;
  }
  lineAt(offset) {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  position(offset) {
    const line = this.lineAt(offset);
    return { line, column: offset - this.lineStarts[line] };
  }
  offsetAt(line, column) {
    if (line >= this.lineStarts.length) return this.text.length;
    return Math.min(this.lineStarts[line] + column, this.lineEnd(line));
  }
  /** Offset of the end of the line's content (before its line break). */
  lineEnd(line) {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
  /** The line break the document mostly uses, for inserted text. */
  preferredEol() {
    const crlf = this.text.indexOf("\r\n");
    return crlf >= 0 ? "\r\n" : "\n";
  }
};

// server/src/engine/text/normalize.ts
var MAP = {
  8216: "'",
  8217: "'",
  8218: "'",
  8219: "'",
  8242: "'",
  180: "'",
  8220: '"',
  8221: '"',
  8222: '"',
  8223: '"',
  171: '"',
  187: '"',
  8208: "-",
  8209: "-",
  8210: "-",
  8211: "-",
  8212: "-",
  8722: "-",
  160: " ",
  8199: " ",
  8239: " ",
  8201: " ",
  8202: " ",
  12288: " ",
  65279: " ",
  0: " ",
  8203: " "
};
function normalizeForMatching(text) {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const r = MAP[text.charCodeAt(i)];
    if (r !== void 0) {
      out += text.slice(from, i) + r;
      from = i + 1;
    }
  }
  out += text.slice(from);
  const lower = out.toLowerCase();
  return lower.length === out.length ? lower : lowerSameLength(out);
}
function lowerSameLength(s) {
  let r = "";
  for (const ch of s) {
    const l = ch.toLowerCase();
    r += l.length === ch.length ? l : ch;
  }
  return r;
}

// server/src/engine/model/frontMatter.ts
function extractFrontMatter(text, lines) {
  const bom = text.charCodeAt(0) === 65279 ? 1 : 0;
  if (lines.lineCount < 2 || text.slice(bom, lines.lineEnd(0)).trim() !== "---") return void 0;
  const limit = Math.min(lines.lineCount, 200);
  for (let ln = 1; ln < limit; ln++) {
    const t = text.slice(lines.lineStarts[ln], lines.lineEnd(ln)).trim();
    if (t === "---" || t === "...") {
      const bodyLines = [];
      for (let k = 1; k < ln; k++) bodyLines.push(text.slice(lines.lineStarts[k], lines.lineEnd(k)));
      const { data, errors } = parseYamlSubset(bodyLines, 2);
      const end = ln + 1 < lines.lineCount ? lines.lineStarts[ln + 1] : text.length;
      return { start: 0, end, data, errors };
    }
  }
  return void 0;
}
function parseYamlSubset(lines, firstLineNumber) {
  const data = {};
  const errors = [];
  let currentKey;
  let currentIndent = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const lineNo = firstLineNumber + i;
    if (/^\s*(#.*)?$/.test(raw)) continue;
    const indent = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (indent > 0 && currentKey !== void 0) {
      const parent = data[currentKey];
      const item = /^-\s+(.*)$/.exec(t);
      if (item) {
        if (Array.isArray(parent)) parent.push(parseScalar(item[1]));
        else if (parent === null) data[currentKey] = [parseScalar(item[1])];
        else errors.push(`line ${lineNo}: a list item under "${currentKey}", which already has a value`);
        continue;
      }
      const kv2 = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(t);
      if (kv2 && indent >= currentIndent) {
        if (parent === null) data[currentKey] = {};
        const obj = data[currentKey];
        if (obj && typeof obj === "object" && !Array.isArray(obj)) {
          obj[kv2[1]] = parseScalar(kv2[2]);
          currentIndent = indent;
          continue;
        }
      }
      errors.push(`line ${lineNo}: cannot read "${t.slice(0, 60)}"`);
      continue;
    }
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(t);
    if (!kv) {
      errors.push(`line ${lineNo}: expected "key: value", found "${t.slice(0, 60)}"`);
      currentKey = void 0;
      continue;
    }
    currentKey = kv[1];
    currentIndent = 0;
    data[currentKey] = kv[2].length === 0 ? null : parseScalar(kv[2]);
  }
  return { data, errors };
}
function parseScalar(s) {
  const t = s.replace(/\s+#.*$/, "").trim();
  if (t === "" || t === "~" || t === "null") return null;
  if (/^(true|yes|on)$/i.test(t)) return true;
  if (/^(false|no|off)$/i.test(t)) return false;
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t.startsWith("[") && t.endsWith("]")) {
    const inner = t.slice(1, -1).trim();
    return inner.length === 0 ? [] : inner.split(",").map((p) => parseScalar(p));
  }
  if (t.startsWith('"') && t.endsWith('"') || t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1);
  return t;
}

// server/src/engine/model/document.ts
var GLUED_LINE_LENGTH = 1500;
var MAX_SENTENCE = 700;
function buildDocumentModel(text, format) {
  const lines = new LineIndex(text);
  const norm = normalizeForMatching(text);
  const frontMatter = extractFrontMatter(text, lines);
  const fmt = format ?? detectFormat(text);
  const firstLine = frontMatter ? lines.lineAt(frontMatter.end) : 0;
  const headings = [];
  const blocks = [];
  let paraStart = -1;
  let paraEnd = -1;
  let inFence = false;
  let inComment = false;
  const flush = () => {
    if (paraStart >= 0) blocks.push({ start: paraStart, end: paraEnd });
    paraStart = -1;
  };
  for (let ln = firstLine; ln < lines.lineCount; ln++) {
    const ls = lines.lineStarts[ln];
    const le = lines.lineEnd(ln);
    const raw = text.slice(ls, le);
    const trimmed = raw.trim();
    if (fmt === "markdown" && /^(```|~~~)/.test(trimmed)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    if (inComment || trimmed.startsWith("<!--")) {
      flush();
      inComment = !raw.includes("-->");
      continue;
    }
    if (trimmed.length === 0) {
      flush();
      continue;
    }
    const lead = ls + (raw.length - raw.trimStart().length);
    const tail = lead + trimmed.length;
    if (raw.length > GLUED_LINE_LENGTH) {
      flush();
      splitGluedLine(text, ln, lead, tail, headings, blocks);
      continue;
    }
    const heading = classifyHeading(text, fmt, ln, lead, tail, trimmed, lines, headings.length === 0);
    if (heading) {
      if (heading.style === "setext") {
        if (paraStart >= 0 && lines.lineAt(paraStart) === ln - 1) {
          paraStart = -1;
          headings.push({ ...heading, start: lines.lineStarts[ln - 1], end: lines.lineEnd(ln - 1), text: text.slice(lines.lineStarts[ln - 1], lines.lineEnd(ln - 1)).trim(), line: ln - 1 });
        }
        flush();
        continue;
      }
      flush();
      headings.push(heading);
      continue;
    }
    if (paraStart >= 0 && isListItem(trimmed)) flush();
    if (paraStart < 0) paraStart = lead;
    paraEnd = tail;
  }
  flush();
  headings.sort((a, b) => a.start - b.start);
  const sections = buildSections(text.length, headings, frontMatter?.end ?? 0);
  const paragraphs = [];
  const sentences = [];
  let si = 0;
  for (const b of blocks) {
    while (si + 1 < sections.length && sections[si + 1].start <= b.start) si++;
    const pi = paragraphs.length;
    paragraphs.push({ start: b.start, end: b.end, section: si });
    splitSentences(text, norm, b.start, b.end, pi, si, sentences);
  }
  return {
    text,
    norm,
    format: fmt,
    lines,
    frontMatter,
    title: findTitle(text, headings, blocks, lines, firstLine),
    headings,
    sections,
    paragraphs,
    sentences
  };
}
function detectFormat(text) {
  const head = text.slice(0, 2e4);
  return /(^|\n)#{1,6}[ \t]+\S/.test(head) || /\]\([^)\s]{1,200}\)/.test(head) ? "markdown" : "plaintext";
}
var LIST_ITEM = /^(?:[-*+•▪◦·]\s|\(?[a-z]\)\s|\(?[ivx]{1,4}\)\s|\d{1,2}[.)]\s)/i;
function isListItem(trimmed) {
  return LIST_ITEM.test(trimmed);
}
var SMALL_WORDS = /* @__PURE__ */ new Set(["a", "an", "and", "or", "of", "the", "to", "for", "in", "on", "with", "by", "at", "from", "we", "your", "our", "how", "is", "are", "do", "does", "what", "who", "why", "when", "this", "it", "us", "you", "can", "be", "as", "about", "use", "may", "not", "if", "under", "into", "which", "that", "its"]);
function classifyHeading(text, fmt, line, lead, tail, trimmed, lines, isFirst) {
  const make = (level, style, start = lead, end = tail) => ({
    start,
    end,
    level,
    style,
    line,
    text: text.slice(start, end).trim()
  });
  const atx = /^(#{1,6})[ \t]+/.exec(trimmed);
  if (atx) {
    const inner = trimmed.slice(atx[0].length).replace(/[ \t]+#+[ \t]*$/, "");
    return make(atx[1].length, "atx", lead + atx[0].length, lead + atx[0].length + inner.length);
  }
  if (fmt === "markdown" && line > 0 && /^(=+|-+)$/.test(trimmed) && trimmed.length >= 2) {
    const prev = text.slice(lines.lineStarts[line - 1], lines.lineEnd(line - 1)).trim();
    if (prev.length > 0 && !isListItem(prev)) return make(trimmed[0] === "=" ? 1 : 2, "setext");
  }
  if (trimmed.length > 120) return void 0;
  const bold = /^(\*\*|__)([^*_]{2,100})\1:?$/.exec(trimmed);
  if (bold) return make(3, "bold", lead + 2, lead + 2 + bold[2].length);
  const numbered = /^((?:\d{1,2}\.)+\d{0,2}|\d{1,2}\)|[IVX]{1,5}\.|[A-H]\.)[ \t]+(\S.*)$/.exec(trimmed);
  if (numbered) {
    const body = numbered[2];
    if (isTitleLike(body, 14) || isAllCaps(body)) {
      const depth = numbered[1].split(".").filter((p) => p.length > 0).length;
      return make(Math.min(depth + 1, 4), "numbered");
    }
    return void 0;
  }
  if (isListItem(trimmed)) return void 0;
  if (isAllCaps(trimmed) && wordCount(trimmed) <= 14) return make(isFirst ? 1 : 2, "caps");
  if (isTitleLike(trimmed, 12)) return make(isFirst ? 1 : 3, "title");
  return void 0;
}
function wordCount(s) {
  let n = 0;
  for (const w of s.split(/\s+/)) if (w.length > 0) n++;
  return n;
}
function isAllCaps(s) {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c >= "A" && c <= "Z") upper++;
    else if (c >= "a" && c <= "z") lower++;
  }
  return upper >= 4 && lower === 0 && !/[.;,]$/.test(s);
}
function isTitleLike(s, maxWords) {
  if (s.length > 100 || /[.;,!]$/.test(s) || /[.;!?]\s/.test(s)) return false;
  if (!/^["'“‘(]?[A-Z0-9]/.test(s)) return false;
  const words = s.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > maxWords) return false;
  if (/:$/.test(s) && words.length > 6) return false;
  if (/\S@\S|https?:|www\./i.test(s)) return false;
  if (/\?$/.test(s)) return true;
  let capital = 0;
  let content = 0;
  for (const w of words) {
    const bare = w.replace(/^[^A-Za-z0-9]+/, "");
    if (bare.length === 0) continue;
    if (SMALL_WORDS.has(bare.toLowerCase())) continue;
    content++;
    if (/^[A-Z0-9]/.test(bare)) capital++;
  }
  if (words.length <= 4) return capital >= 1 && !/:$/.test(s) ? true : capital >= 1;
  return content > 0 && capital / content >= 0.75;
}
var GLUED_HEADING = /([A-Z][A-Z0-9&,'’\/ \u00a0()-]{2,90}[A-Z])(?=[A-Z][a-z])/g;
function splitGluedLine(text, line, start, end, headings, blocks) {
  const slice = text.slice(start, end);
  GLUED_HEADING.lastIndex = 0;
  let cursor = 0;
  let m;
  while ((m = GLUED_HEADING.exec(slice)) !== null) {
    const h = m[1];
    if (!/[A-Z]{4,}|[A-Z]{2,} [A-Z]{2,}/.test(h)) continue;
    const hs = m.index;
    const he = hs + h.length;
    if (hs > cursor) blocks.push({ start: start + cursor, end: start + hs });
    headings.push({ start: start + hs, end: start + he, level: 2, style: "glued", line, text: h.trim() });
    cursor = he;
  }
  if (cursor < slice.length) blocks.push({ start: start + cursor, end });
}
function buildSections(length, headings, bodyStart) {
  const sections = [];
  const firstHeading = headings.length > 0 ? headings[0].start : length;
  sections.push({ start: bodyStart, end: firstHeading, index: 0 });
  for (let i = 0; i < headings.length; i++) {
    const end = i + 1 < headings.length ? headings[i + 1].start : length;
    sections.push({ heading: headings[i], start: headings[i].start, end, index: sections.length });
  }
  return sections;
}
var ABBREVIATIONS = /* @__PURE__ */ new Set([
  "inc",
  "ltd",
  "co",
  "corp",
  "llc",
  "no",
  "nos",
  "art",
  "arts",
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "e.g",
  "i.e",
  "etc",
  "vs",
  "para",
  "lit",
  "cf",
  "sec",
  "u.s",
  "u.k",
  "approx",
  "incl",
  "p",
  "pp",
  "ref",
  "reg",
  "dept",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "nr",
  "tel",
  "ph",
  "fax",
  "seq",
  "s.a",
  "b.v",
  "n.v",
  "a.g",
  "gmbh",
  "bv",
  "nv",
  "ag",
  "ab",
  "aps",
  "sa",
  "pty",
  "plc"
]);
function splitSentences(text, norm, start, end, paragraph, section, out) {
  let s = start;
  const push = (a, b) => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b <= a) return;
    while (b - a > MAX_SENTENCE) {
      let cut = -1;
      for (let k = a + MAX_SENTENCE; k > a + MAX_SENTENCE / 2; k--) {
        const c = text[k];
        if (c === ";" || c === ":" || c === ",") {
          cut = k + 1;
          break;
        }
      }
      if (cut < 0) {
        for (let k = a + MAX_SENTENCE; k > a + MAX_SENTENCE / 2; k--) {
          if (isSpace(text.charCodeAt(k))) {
            cut = k;
            break;
          }
        }
      }
      if (cut < 0) cut = a + MAX_SENTENCE;
      emit(a, cut);
      a = cut;
      while (a < b && isSpace(text.charCodeAt(a))) a++;
    }
    if (b > a) emit(a, b);
  };
  const emit = (a, b) => {
    const n = norm.slice(a, b);
    out.push({ start: a, end: b, norm: n, paragraph, section, listItem: LIST_ITEM.test(text.slice(a, Math.min(b, a + 8))) });
  };
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const prev = lastNonSpaceBefore(text, i, s);
      let j2 = i + 1;
      while (j2 < end && isSpace(text.charCodeAt(j2))) j2++;
      if (prev === 46 || prev === 58 || prev === 59 || prev === 33 || prev === 63 || LIST_ITEM.test(text.slice(j2, j2 + 8))) {
        push(s, i);
        s = j2;
        i = j2 - 1;
      }
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63 && c !== 59) continue;
    if (c === 59) continue;
    let j = i + 1;
    while (j < end && /["'”’)\]]/.test(text[j])) j++;
    if (j >= end) continue;
    const next = text.charCodeAt(j);
    if (c === 46) {
      const word = wordBefore(norm, i, s);
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) continue;
      if (isSpace(next)) {
        let k = j;
        while (k < end && isSpace(text.charCodeAt(k))) k++;
        const after = text[k] ?? "";
        if (/[a-z0-9]/.test(after) && !/^[a-z]\)/.test(text.slice(k, k + 2))) continue;
        push(s, j);
        s = k;
        i = k - 1;
        continue;
      }
      if (next >= 65 && next <= 90 && /[a-z]/.test(text[i - 1] ?? "") && /[a-z]/.test(text[j + 1] ?? "")) {
        push(s, j);
        s = j;
        i = j - 1;
      }
      continue;
    }
    if (isSpace(next)) {
      push(s, j);
      s = j;
      i = j - 1;
    }
  }
  push(s, end);
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 65279;
}
function lastNonSpaceBefore(text, i, floor) {
  let k = i - 1;
  while (k >= floor && isSpace(text.charCodeAt(k))) k--;
  return k >= floor ? text.charCodeAt(k) : -1;
}
function wordBefore(norm, i, floor) {
  let k = i - 1;
  while (k >= floor && k > i - 12) {
    const ch = norm[k];
    if (!(ch >= "a" && ch <= "z") && ch !== ".") break;
    k--;
  }
  return norm.slice(k + 1, i);
}
function findTitle(text, headings, blocks, lines, firstLine) {
  const firstBlock = blocks.length > 0 ? blocks[0].start : text.length;
  const h = headings[0];
  if (h && h.start <= firstBlock && h.end - h.start <= 120) return h;
  for (let ln = firstLine; ln < Math.min(lines.lineCount, firstLine + 5); ln++) {
    const a = lines.lineStarts[ln];
    const b = lines.lineEnd(ln);
    const t = text.slice(a, b).trim();
    if (t.length === 0) continue;
    if (t.length <= 120) {
      const lead = a + (text.slice(a, b).length - text.slice(a, b).trimStart().length);
      return { start: lead, end: lead + t.length, level: 1, style: "title", line: ln, text: t };
    }
    break;
  }
  return h;
}

// server/src/engine/check.ts
function analyze(input, token = NEVER_CANCELLED) {
  const doc = buildDocumentModel(input.text, input.format);
  throwIfCancelled(token);
  const config = input.config ?? {};
  const { options, messages } = resolveOptions({ ...config, frontMatter: doc.frontMatter?.data });
  if (doc.frontMatter) for (const e of doc.frontMatter.errors) messages.push(`Front matter, ${e}; that entry was ignored.`);
  const memo = /* @__PURE__ */ new Map();
  const ctx = {
    doc,
    options,
    token,
    memo(key, compute) {
      if (!memo.has(key)) memo.set(key, compute());
      return memo.get(key);
    }
  };
  const disclosures = [];
  const findings = [];
  for (const regime of options.regimes) {
    const catalog = catalogFor(regime);
    const detected = /* @__PURE__ */ new Map();
    const found = /* @__PURE__ */ new Map();
    for (const rule of catalog) {
      throwIfCancelled(token);
      const evidence = guard(rule, messages, () => rule.detect(ctx), []).map((s) => toEvidence(doc, s));
      detected.set(rule.id, evidence);
      found.set(rule.id, evidence.length > 0);
    }
    for (const rule of catalog) {
      const decision = guard(rule, messages, () => rule.requirement?.(ctx, found), void 0) ?? { required: "always" };
      const evidence = detected.get(rule.id) ?? [];
      const d = { id: rule.id, found: evidence.length > 0, required: decision.required, evidence };
      if (decision.because) d.requiredBecause = decision.because;
      disclosures.push(d);
      if (d.found || d.required === "not-applicable") continue;
      const severity = effectiveSeverity(rule, options, d.required === "conditional" ? "information" : void 0);
      if (!severity) continue;
      findings.push(missingFinding(doc, rule, d, severity));
    }
  }
  for (const rule of checkRules()) {
    throwIfCancelled(token);
    const severity = effectiveSeverity(rule, options);
    if (!severity) continue;
    const raw = guard(rule, messages, () => rule.run(ctx), []);
    for (const r of raw) findings.push(toFinding(doc, rule.id, r, r.severity ?? severity));
  }
  findings.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
  return { doc, options, report: { regimes: options.regimes, disclosures, findings, configurationMessages: messages } };
}
function guard(rule, messages, run, fallback) {
  try {
    return run();
  } catch (e) {
    if (e?.name === "CancelledError") throw e;
    messages.push(`Internal error in rule ${rule.id}: ${e?.message ?? e}. The other rules ran normally.`);
    return fallback;
  }
}
function effectiveSeverity(rule, options, cap) {
  const setting = options.rules[rule.id];
  if (setting === "off") return void 0;
  const sev = setting ?? rule.defaultSeverity;
  if (cap && SEVERITY_RANK[cap] > SEVERITY_RANK[sev]) return cap;
  return sev;
}
var SEVERITY_RANK = { error: 0, warning: 1, information: 2, hint: 3 };
function toEvidence(doc, s) {
  return { start: s.start, end: s.end, line: doc.lines.lineAt(s.start), text: doc.text.slice(s.start, s.end) };
}
function anchorFor(doc, rule) {
  for (const h of doc.headings) {
    const n = doc.norm.slice(h.start, h.end);
    if (rule.anchorHeadings.some((r) => r.test(n))) return { start: h.start, end: h.end };
  }
  if (doc.title) return { start: doc.title.start, end: doc.title.end };
  const end = doc.lines.lineCount > 0 ? doc.lines.lineEnd(0) : 0;
  return { start: 0, end };
}
function missingFinding(doc, rule, d, severity) {
  const refs = formatRefs(rule.refs);
  const message = d.required === "conditional" ? `${rule.title} may be required (${refs}): ${d.requiredBecause ?? "it depends on the processing"}. If it applies: ${rule.remedy} If it does not, declare that in the processing profile (front matter or .privacy-policy.json) or suppress this item with a reason.` : `${rule.title} is not disclosed (${refs}). ${rule.explanation} ${rule.remedy}`;
  return toFinding(doc, rule.id, { ...anchorFor(doc, rule), message }, severity);
}
function toFinding(doc, code, r, severity) {
  const pos = doc.lines.position(r.start);
  return {
    code,
    severity,
    message: r.message,
    start: r.start,
    end: r.end,
    line: pos.line,
    column: pos.column,
    related: (r.related ?? []).map((x) => {
      const p = doc.lines.position(x.start);
      return { start: x.start, end: x.end, line: p.line, column: p.column, message: x.message };
    }),
    fixes: r.fixes ?? []
  };
}

// tmp/t.ts
var fs = __toESM(require("fs"));
for (const f of fs.readdirSync("test/fixtures/seeds")) {
  const text = fs.readFileSync("test/fixtures/seeds/" + f, "utf8");
  const t0 = performance.now();
  const a = analyze({ text });
  const t1 = performance.now();
  console.log(f, (t1 - t0).toFixed(1) + "ms", "headings", a.doc.headings.length, "sent", a.doc.sentences.length);
  console.log("  missing:", a.report.disclosures.filter((d) => !d.found).map((d) => d.id.slice(5) + (d.required === "conditional" ? "?" : "")).join(" "));
  if (f.startsWith("003")) console.log(a.doc.headings.map((h) => h.text).join(" | "));
}
