// Short glosses, in our own words, for the points lawyers cite most often in privacy policies:
// the legal bases (Art. 6(1)), the special-category exceptions (Art. 9(2)), the information
// items (Art. 13, 14), the access items (Art. 15(1)), the erasure grounds (Art. 17(1)), the
// transfer safeguards (Art. 46(2)) and derogations (Art. 49(1)). Keyed "article(paragraph)".

const POINTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '6(1)': {
    a: 'consent of the person to processing for one or more specific purposes',
    b: 'necessary for a contract with the person, or for steps they asked for before entering into one',
    c: 'necessary to comply with a legal obligation of the controller (under EU or Member State law)',
    d: 'necessary to protect the vital interests of the person or of someone else',
    e: 'necessary for a public-interest task, or for exercising official authority vested in the controller',
    f: 'necessary for the legitimate interests of the controller or a third party, unless the person\'s interests or rights override them',
  },
  '9(2)': {
    a: 'explicit consent for one or more specified purposes',
    b: 'obligations and rights in employment, social security and social protection law',
    c: 'vital interests, where the person is physically or legally unable to consent',
    d: 'activities of a non-profit foundation, association or body with a political, philosophical, religious or union aim, concerning its members, former members or regular contacts',
    e: 'data the person has manifestly made public',
    f: 'establishing, exercising or defending legal claims, or courts acting in their judicial capacity',
    g: 'substantial public interest, on the basis of EU or Member State law',
    h: 'preventive or occupational medicine, medical diagnosis, health or social care, under law or a contract with a health professional',
    i: 'public health, such as cross-border health threats or the safety of medicines and devices',
    j: 'archiving in the public interest, scientific or historical research, or statistics, under Art. 89(1)',
  },
  '13(1)': {
    a: 'the controller\'s identity and contact details (and those of its EU representative, if any)',
    b: 'the data protection officer\'s contact details, where there is one',
    c: 'the purposes of the processing and the legal basis for each',
    d: 'the legitimate interests pursued, where processing rests on Art. 6(1)(f)',
    e: 'the recipients or categories of recipients',
    f: 'any intended transfer outside the EU/EEA, whether an adequacy decision exists or which safeguard is used, and how to obtain a copy of it',
  },
  '13(2)': {
    a: 'how long the data will be kept, or the criteria that decide it',
    b: 'the rights of access, rectification, erasure, restriction, objection and data portability',
    c: 'the right to withdraw consent at any time, where processing rests on consent',
    d: 'the right to lodge a complaint with a supervisory authority',
    e: 'whether providing the data is a legal or contractual requirement or needed to enter a contract, whether the person must provide them, and what happens if they do not',
    f: 'any automated decision-making, including profiling, with meaningful information about the logic involved and its significance and envisaged consequences',
  },
  '14(1)': {
    a: 'the controller\'s identity and contact details (and those of its EU representative, if any)',
    b: 'the data protection officer\'s contact details, where there is one',
    c: 'the purposes of the processing and the legal basis for each',
    d: 'the categories of personal data concerned',
    e: 'the recipients or categories of recipients',
    f: 'any intended transfer outside the EU/EEA and the adequacy decision or safeguard relied on, with how to obtain a copy',
  },
  '14(2)': {
    a: 'how long the data will be kept, or the criteria that decide it',
    b: 'the legitimate interests pursued, where processing rests on Art. 6(1)(f)',
    c: 'the rights of access, rectification, erasure, restriction, objection and data portability',
    d: 'the right to withdraw consent at any time, where processing rests on consent',
    e: 'the right to lodge a complaint with a supervisory authority',
    f: 'where the data come from, including whether from publicly accessible sources',
    g: 'any automated decision-making, including profiling, with meaningful information about the logic involved and its significance and envisaged consequences',
  },
  '15(1)': {
    a: 'the purposes of the processing',
    b: 'the categories of personal data concerned',
    c: 'the recipients, in particular those outside the EU/EEA',
    d: 'the planned storage period, or the criteria for it',
    e: 'the rights to rectification, erasure, restriction and objection',
    f: 'the right to lodge a complaint with a supervisory authority',
    g: 'the source of the data, where not collected from the person',
    h: 'any automated decision-making, including profiling, with meaningful information about it',
  },
  '17(1)': {
    a: 'the data are no longer needed for their purposes',
    b: 'consent is withdrawn and no other legal basis applies',
    c: 'the person objected and there are no overriding legitimate grounds, or objected to direct marketing',
    d: 'the data were processed unlawfully',
    e: 'erasure is required by a legal obligation',
    f: 'the data were collected from a child in connection with an online service (Art. 8(1))',
  },
  '46(2)': {
    a: 'a binding, enforceable instrument agreed between public authorities or bodies',
    b: 'binding corporate rules (Art. 47)',
    c: 'model clauses issued by the European Commission (the standard contractual clauses)',
    d: 'model clauses issued by a national supervisory authority and then approved by the Commission',
    e: 'an approved code of conduct with binding and enforceable commitments of the recipient',
    f: 'an approved certification with binding and enforceable commitments of the recipient',
  },
  '49(1)': {
    a: 'explicit consent, after being told of the possible risks of the transfer',
    b: 'necessary for a contract with the person, or for steps they asked for before one',
    c: 'necessary for a contract concluded in the person\'s interest with someone else',
    d: 'necessary for important reasons of public interest',
    e: 'necessary for legal claims',
    f: 'necessary to protect vital interests where the person cannot consent',
    g: 'made from a public register',
  },
};

/** "Art. 6(1)(f)": the gloss of point (f), or undefined. */
export function pointGloss(article: number, paragraph: string, point: string): string | undefined {
  return POINTS[`${article}(${paragraph})`]?.[point];
}

/** The points a citation's detail names: "(1)(a), (f)" → paragraph 1, points a and f. */
export function pointsOfDetail(detail: string | undefined): { paragraph: string; points: string[] } | undefined {
  if (!detail) return undefined;
  const m = /^\((\d{1,2})\)/.exec(detail);
  if (!m) return undefined;
  const points: string[] = [];
  // "(a)", ", (f)", and ranges "(a)–(f)".
  for (const x of detail.slice(m[0].length).matchAll(/(–)?\(([a-z])\)/g)) {
    const prev = points[points.length - 1];
    if (x[1] && prev) for (let c = prev.charCodeAt(0) + 1; c < x[2].charCodeAt(0); c++) points.push(String.fromCharCode(c));
    points.push(x[2]);
  }
  return points.length > 0 ? { paragraph: m[1], points } : undefined;
}
