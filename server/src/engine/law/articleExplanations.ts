// Our own plain-language explanations of all 99 GDPR articles; those a privacy-policy drafter
// meets most (Art. 1–50 and 77–84) in most detail. Written for lawyers who want a reminder, not a substitute for the text:
// what the article requires and when, and what a privacy policy must say about it.
// Do not paste the Regulation's wording here; the EUR-Lex link is for that.

export interface ArticleExplanation {
  /** 2–4 sentences: what the article requires and when. */
  explanation: string;
  /** One sentence: what a privacy policy must say about it, or "Nothing directly." with a hint. */
  inPolicy: string;
}

export const ARTICLE_EXPLANATIONS: Readonly<Record<number, ArticleExplanation>> = {
  1: {
    explanation:
      'States what the GDPR is for: protecting people when their personal data are used, and letting such data move freely inside the EU. ' +
      'Member States may not block the flow of personal data within the Union on data-protection grounds. It creates no obligation of its own.',
    inPolicy: 'Nothing directly.',
  },
  2: {
    explanation:
      'The GDPR covers automated processing of personal data and manual processing of data kept, or meant to be kept, in a structured filing system. ' +
      'It does not cover purely personal or household activities, activities outside the scope of EU law, or criminal-law enforcement by public authorities (which has its own directive).',
    inPolicy: 'Nothing directly; a business cannot rely on the household exemption for its own processing.',
  },
  3: {
    explanation:
      'The GDPR applies to processing in the context of an EU establishment\'s activities, wherever the processing itself happens. ' +
      'It also reaches businesses with no EU establishment when they offer goods or services (paid or free) to people in the EU, or monitor their behaviour in the EU, for example by tracking or profiling them online.',
    inPolicy: 'Nothing directly, but it decides whether the GDPR\'s information duties (Art. 13 and 14) apply at all; a non-EU business that targets EU users is covered.',
  },
  4: {
    explanation:
      'Defines the Regulation\'s key terms, 26 in all: personal data, processing, controller, processor, recipient, consent, profiling, pseudonymisation, personal data breach and others. ' +
      'The definitions are wide: "personal data" includes online identifiers and anything that can be linked to a person, and "processing" includes merely storing or viewing data.',
    inPolicy: 'Nothing directly; where the policy uses these terms, use them in the GDPR\'s sense (for example, pseudonymised data are still personal data, not "anonymous").',
  },
  5: {
    explanation:
      'Sets the principles every processing must respect: lawfulness, fairness and transparency; purpose limitation; data minimisation; accuracy; storage limitation; and integrity and confidentiality (security). ' +
      'The controller must also be able to prove that it complies (accountability). Most other obligations in the GDPR put these principles into practice.',
    inPolicy: 'No specific statement, but the policy is the main instrument of transparency and must not announce processing that contradicts the principles, such as keeping data indefinitely "just in case".',
  },
  6: {
    explanation:
      'Processing is lawful only if at least one legal basis applies: consent; necessity for a contract with the person (or steps before one at their request); a legal obligation; vital interests; a task in the public interest or official authority; or the legitimate interests of the controller or a third party, unless the person\'s interests or rights override them (especially for children). ' +
      'Public authorities cannot use legitimate interests for their official tasks. Paragraph 4 sets the test for using data for a new purpose compatible with the original one.',
    inPolicy: 'For each purpose, the legal basis relied on (Art. 13(1)(c), 14(1)(c)) and, where it is legitimate interests, what those interests are (Art. 13(1)(d), 14(2)(b)).',
  },
  7: {
    explanation:
      'Where processing rests on consent, the controller must be able to prove the person consented. A consent request bundled with other matters must stand out clearly and be written plainly, or it does not bind. ' +
      'Consent can be withdrawn at any time, as easily as it was given, and the person must be told this before consenting; withdrawal does not make earlier processing unlawful. Making a service conditional on consent to processing it does not need weighs against consent being freely given.',
    inPolicy: 'Where consent is a legal basis: that it can be withdrawn at any time without affecting processing before withdrawal (Art. 13(2)(c), 14(2)(d)), and how to withdraw.',
  },
  8: {
    explanation:
      'When an online (information society) service is offered directly to a child and relies on consent, a child can consent alone only from age 16; Member States may lower this age, but not below 13. ' +
      'Below that age, a parent or other holder of parental responsibility must give or authorise consent, and the controller must make reasonable efforts, with available technology, to verify this. National contract law on minors is unaffected.',
    inPolicy: 'If the service is offered to children and relies on consent: the age threshold and how parental consent is obtained; services for adults usually state a minimum age.',
  },
  9: {
    explanation:
      'Special categories of data may not be processed: data showing a person\'s ethnic or racial origin, political views, religious or philosophical beliefs, or union membership; genetic data; biometric data used to identify someone; health data; and data about sex life or sexual orientation. This holds unless one of the exceptions in paragraph 2 applies. ' +
      'The exceptions include explicit consent, employment and social-security law duties, vital interests where the person cannot consent, data the person has manifestly made public, legal claims, substantial public interest, health care, public health and research. ' +
      'A legal basis under Art. 6 is needed in addition; Member States may add conditions for genetic, biometric and health data.',
    inPolicy: 'Where such data are processed: which categories, and the exception relied on alongside the Art. 6 legal basis.',
  },
  10: {
    explanation:
      'Data about criminal convictions, offences or related security measures may be processed only under the control of an official authority or where EU or Member State law authorises it with appropriate safeguards. ' +
      'A comprehensive register of criminal convictions may be kept only under official control.',
    inPolicy: 'If such data are processed (for example in background checks): that fact, and the legal authorisation relied on.',
  },
  11: {
    explanation:
      'A controller whose purposes do not require identifying people need not collect extra information just to be able to comply with the GDPR. ' +
      'If it can show it cannot identify the person, it says so where possible, and the rights of access through portability (Art. 15–20) do not apply unless the person provides information that allows identification.',
    inPolicy: 'Nothing directly; a controller relying on it may explain that rights can be exercised by providing information that identifies the requester.',
  },
  12: {
    explanation:
      'All information and communications to individuals must be concise, transparent, intelligible, easily accessible and in clear and plain language, particularly when addressed to children. ' +
      'The controller must make it easy to exercise rights and answer requests without undue delay, within one month; this can be extended by two further months for complex or numerous requests if the person is told within the first month. ' +
      'Answers are free unless a request is manifestly unfounded or excessive; a refusal must give reasons and mention the right to complain and to go to court. Where there is reasonable doubt about the requester\'s identity, the controller may ask for confirming information.',
    inPolicy: 'No single item, but the whole policy must meet this standard of clarity; policies usually also say how to make a request, that it is free, and that answers come within one month.',
  },
  13: {
    explanation:
      'When personal data are collected from the person, the controller must at that moment tell them: who it is and how to contact it (and its EU representative), the DPO\'s contact details, the purposes and legal basis, the legitimate interests relied on, the recipients, and any transfer outside the EU with its safeguard. ' +
      'It must also tell them how long data are kept (or the criteria), their rights, the right to withdraw consent, the right to complain to a supervisory authority, whether providing the data is required by law or contract and what happens if they do not, and any automated decision-making with meaningful information about its logic and consequences. ' +
      'Before using the data for a new purpose, the person must be informed again. The duty does not apply to the extent the person already has the information.',
    inPolicy: 'Every item listed in the article: it is the core checklist of a privacy policy for data collected directly from people.',
  },
  14: {
    explanation:
      'When personal data come from someone other than the person (partners, public sources, other users), the controller must give the same information as under Art. 13, plus the categories of data concerned and their source, including whether it was publicly accessible. ' +
      'The information is due within a reasonable time and at the latest within one month, or at the latest at the first contact with the person or when the data are first disclosed to another recipient, if earlier. ' +
      'Exceptions apply where the person already has the information, informing is impossible or would take disproportionate effort, obtaining or disclosure is laid down by law with safeguards, or professional secrecy applies.',
    inPolicy: 'For data not collected from the person: the categories of personal data and their sources, in addition to the Art. 13 items.',
  },
  15: {
    explanation:
      'A person may ask whether their personal data are processed and, if so, obtain access to them together with information on the purposes, categories, recipients, retention, their other rights, the right to complain, the source and any automated decision-making, and the safeguards for transfers abroad. ' +
      'The controller must provide a copy of the data free of charge (a reasonable fee only for further copies), electronically if the request was electronic. The copy must not adversely affect the rights of others.',
    inPolicy: 'That the right of access exists and how to exercise it (Art. 13(2)(b), 14(2)(c)).',
  },
  16: {
    explanation:
      'A person may have inaccurate personal data about them corrected without undue delay, and incomplete data completed, including by providing a supplementary statement, having regard to the purposes of the processing. ' +
      'Corrections must also be passed on to recipients of the data (Art. 19).',
    inPolicy: 'That the right to rectification exists (Art. 13(2)(b), 14(2)(c)).',
  },
  17: {
    explanation:
      'A person may have their data erased without undue delay where, for example, the data are no longer needed, consent is withdrawn and nothing else justifies the processing, they have successfully objected, the processing is unlawful, the law requires erasure, or the data were collected from a child for an online service. ' +
      'A controller that made the data public must take reasonable steps to tell other controllers processing them about the request. ' +
      'The right does not apply where processing is needed for freedom of expression, a legal obligation or public task, public health, archiving or research, or legal claims.',
    inPolicy: 'That the right to erasure exists (Art. 13(2)(b), 14(2)(c)); the policy may say when it does not apply, since the right is not absolute.',
  },
  18: {
    explanation:
      'A person may have processing restricted, meaning the data are kept but not otherwise used, while the accuracy of the data is being checked, where processing is unlawful but they prefer restriction to erasure, where the controller no longer needs the data but they need them for legal claims, or while an objection is being assessed. ' +
      'Restricted data may then be used only with consent, for legal claims, to protect another person\'s rights, or for important public interest; the person must be told before the restriction is lifted.',
    inPolicy: 'That the right to restriction of processing exists (Art. 13(2)(b), 14(2)(c)).',
  },
  19: {
    explanation:
      'When data are rectified, erased or restricted, the controller must pass this on to every recipient to whom the data were disclosed, unless that proves impossible or would take disproportionate effort. ' +
      'If the person asks, the controller must tell them who those recipients are.',
    inPolicy: 'Nothing directly.',
  },
  20: {
    explanation:
      'Where processing is based on consent or on a contract and is carried out by automated means, a person may receive the data they provided in a structured, commonly used, machine-readable format and pass them to another controller, or have them sent directly where technically feasible. ' +
      'The right does not apply to processing for a public task and must not adversely affect others; it does not limit the right to erasure.',
    inPolicy: 'That the right to data portability exists (Art. 13(2)(b), 14(2)(c)), where processing rests on consent or contract.',
  },
  21: {
    explanation:
      'A person may object, on grounds relating to their particular situation, to processing based on legitimate interests or a public task, including profiling; the controller must then stop unless it shows compelling legitimate grounds that override the person\'s interests, or needs the data for legal claims. ' +
      'An objection to direct marketing, including related profiling, is absolute: that processing must stop. ' +
      'The right must be brought explicitly to the person\'s attention at the latest at the first communication with them, clearly and separately from other information.',
    inPolicy: 'The right to object, presented clearly and separately from other information (Art. 21(4)), including the unconditional right to object to direct marketing where there is any.',
  },
  22: {
    explanation:
      'People may not be made subject to decisions taken purely by automated means, profiling included, where the decision has legal effects on them or affects them in a similarly significant way. ' +
      'Such decisions are allowed only where necessary for a contract, authorised by law with safeguards, or based on explicit consent; in the contract and consent cases the person must at least be able to obtain human intervention, express their view and contest the decision. ' +
      'Special categories of data may be used only with explicit consent or for substantial public interest, with safeguards.',
    inPolicy: 'Whether such decisions are made and, if so, meaningful information about the logic involved and their significance and envisaged consequences (Art. 13(2)(f), 14(2)(g)).',
  },
  23: {
    explanation:
      'EU or Member State law may restrict the information duties and the rights in Art. 12–22 and 34 (and the corresponding principles) when the restriction respects the essence of fundamental rights and is necessary and proportionate to protect interests such as national or public security, crime prevention, important public interests or the rights of others. ' +
      'The restricting law must itself set out its purposes, scope and safeguards.',
    inPolicy: 'Nothing directly; where a right is limited under national law, it is good practice to name that law.',
  },
  24: {
    explanation:
      'The controller must take appropriate technical and organisational measures, in proportion to the nature, scope, context, purposes and risks of the processing, to ensure and be able to demonstrate that processing complies with the GDPR, and must review and update them. ' +
      'Where proportionate, these include internal data protection policies; approved codes of conduct or certifications can help demonstrate compliance.',
    inPolicy: 'Nothing directly; the "data protection policies" mentioned here are internal documents, not the public privacy notice.',
  },
  25: {
    explanation:
      'Data protection must be built into processing from the design stage (for example through pseudonymisation and data minimisation), taking into account the state of the art, cost and risks. ' +
      'By default, only the data needed for each specific purpose may be processed, in amount, extent, storage period and accessibility; in particular, data must not be made accessible to an indefinite number of people without the person\'s intervention.',
    inPolicy: 'Nothing directly.',
  },
  26: {
    explanation:
      'Two or more controllers that jointly decide the purposes and means of processing are joint controllers and must agree, in a transparent arrangement, who is responsible for which obligation, in particular for informing people and handling their requests. ' +
      'The essence of that arrangement must be made available to the people concerned, and they may exercise their rights against each joint controller.',
    inPolicy: 'Where there are joint controllers: who they are and the essence of their arrangement (Art. 26(2)).',
  },
  27: {
    explanation:
      'A controller or processor outside the EU that is covered because it targets or monitors people in the EU (Art. 3(2)) must designate in writing a representative in a Member State where those people are. ' +
      'There is an exception for occasional, low-risk processing that does not involve large-scale special-category or criminal data, and for public authorities. The representative is a contact point for authorities and individuals.',
    inPolicy: 'For a controller outside the EU that must have one: the representative\'s identity and contact details (Art. 13(1)(a), 14(1)(a)).',
  },
  28: {
    explanation:
      'A controller may use only processors that give sufficient guarantees of compliance, under a written contract covering the subject matter, duration, nature and purpose of processing, the data and people concerned, and mandatory terms: acting only on documented instructions, confidentiality, security, conditions for sub-processors, assistance with requests and security duties, deletion or return at the end, and audits. ' +
      'A processor that decides purposes and means itself is treated as a controller for that processing.',
    inPolicy: 'Nothing directly, but processors are recipients, so the policy must name them or their categories (Art. 13(1)(e), 14(1)(e)).',
  },
  29: {
    explanation:
      'A processor, and anyone working under the authority of the controller or processor who has access to personal data, may process them only on the controller\'s instructions, unless EU or Member State law requires otherwise. ' +
      'In practice this is the basis for staff confidentiality and access rules.',
    inPolicy: 'Nothing directly.',
  },
  30: {
    explanation:
      'Controllers and processors must keep a written (which may be electronic) record of their processing activities, with the purposes, categories of people and data, recipients, transfers abroad, planned erasure periods and, where possible, security measures, and show it to the supervisory authority on request. ' +
      'Organisations with fewer than 250 employees are exempt unless the processing is likely to pose a risk, is not occasional, or involves special-category or criminal data.',
    inPolicy: 'Nothing; the record is internal, but the policy should be consistent with it and it is a good source for drafting.',
  },
  31: {
    explanation: 'Controllers, processors and their representatives must cooperate with the supervisory authority when it asks, in the performance of its tasks. ' +
      'Refusing to cooperate is itself an infringement that can be fined.',
    inPolicy: 'Nothing directly.',
  },
  32: {
    explanation:
      'Controllers and processors must secure personal data with technical and organisational measures appropriate to the risk, considering the state of the art, cost and the nature and purposes of the processing. ' +
      'Depending on the risk, this includes pseudonymisation and encryption, keeping systems confidential, intact, available and resilient, being able to restore data after an incident, and regularly testing the measures.',
    inPolicy: 'Not a required item under Art. 13, but policies commonly describe security in general terms; they should not promise absolute security.',
  },
  33: {
    explanation:
      'A controller must notify the competent supervisory authority of a personal data breach without undue delay and, where feasible, within 72 hours of becoming aware of it, unless the breach is unlikely to put people at risk; a later notification must explain the delay. ' +
      'Processors must tell the controller without undue delay. Every breach must be documented internally, whether notified or not.',
    inPolicy: 'Nothing directly.',
  },
  34: {
    explanation:
      'When a breach is likely to pose a high risk to people, the controller must also tell the people affected without undue delay, in clear and plain language, with a contact point, the likely consequences and the measures taken. ' +
      'This is not needed if the data were unintelligible to others (for example encrypted), later measures have removed the high risk, or individual notice would take disproportionate effort, in which case a public announcement is used instead.',
    inPolicy: 'Nothing directly.',
  },
  35: {
    explanation:
      'Before processing that is likely to pose a high risk to people, in particular with new technologies, the controller must carry out a data protection impact assessment, seeking the DPO\'s advice. ' +
      'It is required in particular for systematic and extensive automated evaluation (including profiling) with legal or similarly significant effects, large-scale processing of special-category or criminal data, and large-scale systematic monitoring of public areas. ' +
      'The assessment describes the processing, its necessity and proportionality, the risks and the measures to address them.',
    inPolicy: 'Nothing directly; publishing a summary is optional.',
  },
  36: {
    explanation:
      'If an impact assessment shows a high risk that the controller cannot sufficiently reduce, it must consult the supervisory authority before starting the processing. ' +
      'The authority gives written advice, normally within eight weeks (extendable by six), and may use its enforcement powers.',
    inPolicy: 'Nothing directly.',
  },
  37: {
    explanation:
      'A data protection officer must be designated where processing is carried out by a public authority (courts acting judicially excepted), or where the core activities involve regular and systematic monitoring of people on a large scale, or large-scale processing of special-category or criminal data. ' +
      'A group may share one DPO if each establishment can easily reach them; the DPO may be an employee or a contractor, and Member State law may require a DPO in more cases. ' +
      'The controller must publish the DPO\'s contact details and communicate them to the supervisory authority.',
    inPolicy: 'Where a DPO is designated: the DPO\'s contact details (Art. 13(1)(b), 14(1)(b)); the name is not required.',
  },
  38: {
    explanation:
      'The DPO must be involved properly and in good time in all data protection matters, be given the necessary resources, take no instructions on how to perform their tasks, not be dismissed or penalised for performing them, and report to the highest management level. ' +
      'Individuals may contact the DPO about any issue concerning their data and rights; the DPO is bound by confidentiality and may have other duties only if they cause no conflict of interests.',
    inPolicy: 'Nothing directly, though policies often invite people to contact the DPO about their rights.',
  },
  39: {
    explanation:
      'The DPO at least informs and advises the organisation and its staff about their obligations, monitors compliance (including training and audits), advises on impact assessments, and cooperates with and is the contact point for the supervisory authority, always with due regard to the risks of the processing. ' +
      'Responsibility for compliance stays with the controller or processor, not with the DPO personally.',
    inPolicy: 'Nothing directly.',
  },
  40: {
    explanation:
      'Associations representing controllers or processors are encouraged to draw up codes of conduct that specify how the GDPR applies in their sector, for example to fair processing, information to the public or transfers. ' +
      'Codes are approved by the supervisory authority, or through the European Data Protection Board where several Member States are concerned; a non-EU organisation can adhere to a code with binding commitments as a safeguard for transfers.',
    inPolicy: 'Nothing directly; where an approved code is the safeguard for a transfer, the policy names it as such (Art. 13(1)(f)).',
  },
  41: {
    explanation:
      'Compliance with an approved code of conduct may be monitored by an independent body with relevant expertise that the supervisory authority has accredited for that purpose. ' +
      'The body handles complaints and takes action against members that infringe the code, up to suspension or exclusion, and informs the authority. This does not apply to public authorities.',
    inPolicy: 'Nothing directly.',
  },
  42: {
    explanation:
      'Voluntary data protection certifications, seals and marks are encouraged as a way to demonstrate compliance, with the needs of small businesses in mind. ' +
      'A certification is issued by an accredited certification body or the supervisory authority for up to three years, may be renewed or withdrawn, and does not reduce the controller\'s responsibility; with binding commitments it can also serve as a safeguard for transfers.',
    inPolicy: 'Nothing directly; a certification used as a transfer safeguard is named as such (Art. 13(1)(f)).',
  },
  43: {
    explanation:
      'Certification bodies must have appropriate expertise and be accredited by the supervisory authority and/or the national accreditation body; accreditation lasts up to five years and can be revoked. ' +
      'The Commission may specify requirements for certification mechanisms and technical standards.',
    inPolicy: 'Nothing directly.',
  },
  44: {
    explanation:
      'Personal data may be transferred to a country outside the EU/EEA or to an international organisation only if the conditions of Chapter V are met, including for onward transfers, so that the protection the GDPR gives is not undermined. ' +
      'The available routes are adequacy decisions (Art. 45), appropriate safeguards (Art. 46–47) and, exceptionally, derogations (Art. 49).',
    inPolicy: 'Where data leave the EU/EEA: that fact and the safeguard relied on, with how to obtain a copy or where it is available (Art. 13(1)(f), 14(1)(f)).',
  },
  45: {
    explanation:
      'Transfers may take place without further authorisation to a country, territory, sector or international organisation that the European Commission has found to ensure an adequate level of protection. ' +
      'The Commission considers the rule of law, independent supervision and international commitments, reviews each decision at least every four years, and may amend, suspend or repeal it.',
    inPolicy: 'For transfers relying on adequacy: that an adequacy decision exists for the destination (Art. 13(1)(f), 14(1)(f)).',
  },
  46: {
    explanation:
      'Without an adequacy decision, data may be transferred if the exporter provides appropriate safeguards and people have enforceable rights and effective remedies. ' +
      'Safeguards include standard data protection clauses adopted by the Commission, binding corporate rules, approved codes of conduct or certifications with binding commitments, and instruments between public authorities; individually negotiated clauses need the supervisory authority\'s authorisation.',
    inPolicy: 'The safeguard used (for example standard contractual clauses) and how to obtain a copy or where it is available (Art. 13(1)(f), 14(1)(f)).',
  },
  47: {
    explanation:
      'A group of companies (or enterprises engaged in a joint economic activity) may transfer data within the group on the basis of binding corporate rules approved by the competent supervisory authority. ' +
      'The rules must be legally binding, give individuals enforceable rights, and cover matters such as the transfers concerned, the data protection principles, complaint handling, liability of an EU member of the group and compliance checks.',
    inPolicy: 'If binding corporate rules are the transfer safeguard: that fact and where they can be obtained (Art. 13(1)(f), 14(1)(f)).',
  },
  48: {
    explanation:
      'When a court or authority outside the EU orders a company to hand over or transfer personal data, that order can be recognised or enforced only where a treaty between that country and the EU or a Member State (for example on mutual legal assistance) provides for it. ' +
      'Other grounds for transfer under Chapter V remain possible.',
    inPolicy: 'Nothing directly.',
  },
  49: {
    explanation:
      'Without adequacy or appropriate safeguards, a transfer may still take place in specific situations: explicit consent after being told of the risks, necessity for a contract with or in the interest of the person, important public interest, legal claims, vital interests where the person cannot consent, or transfer from a public register. ' +
      'As a last resort, an occasional transfer concerning few people may rest on compelling legitimate interests, with safeguards, informing the supervisory authority and the person. The derogations are to be read narrowly and are not meant for routine, repeated transfers.',
    inPolicy: 'Where a transfer relies on a derogation, the policy should say which; for the compelling-legitimate-interests derogation, the person must be told of the transfer and the interests pursued.',
  },
  50: {
    explanation:
      'The Commission and the supervisory authorities are to develop international cooperation with non-EU countries and organisations to enforce data protection law, provide mutual assistance and exchange information on legislation and practice. ' +
      'It addresses the authorities, not businesses.',
    inPolicy: 'Nothing directly.',
  },
  51: {
    explanation:
      'Each Member State must have one or more independent public authorities that monitor the application of the GDPR, protect people\'s rights and support the free flow of data within the EU. Where a Member State has several (as Germany does), one of them represents them on the European Data Protection Board.',
    inPolicy: 'Nothing directly.',
  },
  52: {
    explanation:
      'Supervisory authorities act with complete independence: their members take no instructions from anyone and avoid incompatible activities. Each Member State must give its authority the staff, premises, infrastructure and budget it needs, and financial control must not compromise its independence.',
    inPolicy: 'Nothing directly.',
  },
  53: {
    explanation:
      'Members of a supervisory authority are appointed through a transparent procedure by parliament, government, the head of state or an independent body, and must have the qualifications and experience for the role. They may be dismissed only for serious misconduct or if they no longer meet the conditions for office.',
    inPolicy: 'Nothing directly.',
  },
  54: {
    explanation:
      'Each Member State lays down by law how its authority is established, including the members\' qualifications, appointment rules and terms of office of at least four years. Members and staff are bound by professional secrecy, including about infringements reported to them.',
    inPolicy: 'Nothing directly.',
  },
  55: {
    explanation:
      'Each supervisory authority is competent on the territory of its own Member State. Processing by public authorities, or by private bodies acting in the public interest, falls to the authority of that Member State; courts acting in their judicial capacity are outside its supervision.',
    inPolicy: 'Nothing directly.',
  },
  56: {
    explanation:
      'For cross-border processing, the authority of the place of the controller\'s or processor\'s main or single EU establishment acts as lead authority (the \'one-stop shop\'). A local authority may handle a case that concerns only an establishment in its country or substantially affects only people there, unless the lead authority takes it over.',
    inPolicy: 'Nothing directly; a policy may name the lead supervisory authority, which helps people who want to complain.',
  },
  57: {
    explanation:
      'Supervisory authorities monitor and enforce the GDPR, raise awareness, advise legislators, handle complaints, carry out investigations, cooperate with each other, and approve codes, certification criteria, contractual clauses and binding corporate rules. Their services are free for individuals and DPOs; manifestly unfounded or excessive requests may be refused or charged for.',
    inPolicy: 'Nothing directly.',
  },
  58: {
    explanation:
      'Authorities have investigative powers (ordering information, carrying out audits, accessing premises and data), corrective powers (warnings, reprimands, orders to comply or to inform people, temporary or definitive bans, erasure orders, suspension of transfers, fines) and advisory and authorisation powers. The exercise of these powers is subject to procedural safeguards and to review by the courts.',
    inPolicy: 'Nothing directly.',
  },
  59: {
    explanation:
      'Each supervisory authority draws up an annual report on its activities, which may list the types of infringements notified and the measures taken. The report goes to the national parliament and government and is made public and available to the Commission and the Board.',
    inPolicy: 'Nothing directly.',
  },
  60: {
    explanation:
      'In cross-border cases the lead authority works with the other authorities concerned towards consensus, shares information and submits a draft decision to them. If a concerned authority raises a relevant and reasoned objection that the lead authority does not follow, the matter goes to the Board for a binding decision; the complainant is informed by the authority where the complaint was lodged.',
    inPolicy: 'Nothing directly.',
  },
  61: {
    explanation:
      'Supervisory authorities must help each other, for example by answering requests for information or carrying out inspections, without undue delay and at the latest within one month. If an authority does not respond in time, the requesting authority may adopt provisional measures on its own territory.',
    inPolicy: 'Nothing directly.',
  },
  62: {
    explanation:
      'Supervisory authorities may carry out joint investigations and joint enforcement measures with staff from other Member States\' authorities. Where a controller has establishments in several Member States, or many people in several Member States are likely to be substantially affected, each of those authorities may take part.',
    inPolicy: 'Nothing directly.',
  },
  63: {
    explanation:
      'To make sure the GDPR is applied in the same way throughout the EU, supervisory authorities cooperate with each other and, where relevant, with the Commission through a consistency mechanism. Its procedures are set out in Art. 64–67.',
    inPolicy: 'Nothing directly.',
  },
  64: {
    explanation:
      'The Board gives an opinion before a supervisory authority adopts certain measures of general effect, such as lists of processing requiring an impact assessment, codes of conduct, accreditation criteria, standard clauses and binding corporate rules. Any authority, the Board\'s Chair or the Commission may also ask for an opinion on a matter of general application; the authority must take utmost account of it.',
    inPolicy: 'Nothing directly.',
  },
  65: {
    explanation:
      'The Board adopts a binding decision to settle disputes between supervisory authorities, in particular where a relevant and reasoned objection to a lead authority\'s draft decision is not followed, where authorities disagree on which of them leads, or where a required opinion is not sought or followed. The decision is normally adopted by a two-thirds majority within one month, which may be extended.',
    inPolicy: 'Nothing directly.',
  },
  66: {
    explanation:
      'In exceptional circumstances, a supervisory authority may immediately adopt provisional measures with legal effect on its own territory, for no longer than three months, where urgent action is needed to protect people\'s rights. It may then ask the Board for an urgent opinion or binding decision.',
    inPolicy: 'Nothing directly.',
  },
  67: {
    explanation:
      'The Commission may adopt implementing acts setting out how supervisory authorities, and the authorities and the Board, exchange information electronically. It concerns the authorities\' procedures only.',
    inPolicy: 'Nothing directly.',
  },
  68: {
    explanation:
      'The European Data Protection Board is an EU body with legal personality, whose members are the heads of the national supervisory authorities (one per Member State) together with the European Data Protection Supervisor. The Commission takes part in its activities without voting rights, and the Board is represented by its Chair.',
    inPolicy: 'Nothing directly.',
  },
  69: {
    explanation:
      'The Board acts independently when performing its tasks and exercising its powers. It neither seeks nor takes instructions from anybody, without prejudice to the Commission\'s right to ask it for advice.',
    inPolicy: 'Nothing directly.',
  },
  70: {
    explanation:
      'The Board ensures the consistent application of the GDPR, in particular by issuing guidelines, recommendations and best practices (for example on consent, transparency, breach notification and transfers), advising the Commission, and adopting opinions and binding decisions. Its guidelines are the standard reference for interpreting the GDPR.',
    inPolicy: 'Nothing directly; the Board\'s transparency guidelines are the usual benchmark for how a privacy policy should be written.',
  },
  71: {
    explanation:
      'The Board publishes an annual report on data protection in the EU and, where relevant, in third countries and international organisations. The report includes a review of how its guidelines, recommendations and binding decisions have been applied in practice.',
    inPolicy: 'Nothing directly.',
  },
  72: {
    explanation:
      'The Board decides by a simple majority of its members unless the GDPR provides otherwise. It adopts its own rules of procedure by a two-thirds majority.',
    inPolicy: 'Nothing directly.',
  },
  73: {
    explanation:
      'The Board elects a Chair and two deputy chairs from among its members by simple majority. Their terms are five years, renewable once.',
    inPolicy: 'Nothing directly.',
  },
  74: {
    explanation:
      'The Chair convenes the Board\'s meetings, prepares the agenda and notifies the Board\'s decisions to the lead and concerned authorities. The Chair also ensures that the Board\'s tasks, in particular under the consistency mechanism, are performed on time.',
    inPolicy: 'Nothing directly.',
  },
  75: {
    explanation:
      'The Board has a secretariat provided by the European Data Protection Supervisor, which acts only on the instructions of the Board\'s Chair. It gives the Board analytical, administrative and logistical support.',
    inPolicy: 'Nothing directly.',
  },
  76: {
    explanation:
      'The Board\'s discussions are confidential where the Board considers this necessary, as set out in its rules of procedure. Access to documents submitted to the Board follows the general EU rules on public access to documents.',
    inPolicy: 'Nothing directly.',
  },
  77: {
    explanation:
      'Anyone who believes their data are processed in breach of the GDPR may complain to a data protection supervisory authority, notably the one in the country where they usually live or work or where the breach allegedly happened; other remedies remain open. ' +
      'The authority must keep the complainant informed of progress and outcome, including the possibility of going to court.',
    inPolicy: 'That the person has the right to lodge a complaint with a supervisory authority (Art. 13(2)(d), 14(2)(e)); naming the competent authority is helpful but not required.',
  },
  78: {
    explanation:
      'Everyone (including companies) may go to court against a legally binding decision of a supervisory authority that concerns them, and individuals may also go to court if the competent authority does not handle their complaint or does not tell them within three months how it is progressing. ' +
      'The case is brought before the courts of the authority\'s Member State.',
    inPolicy: 'Nothing directly.',
  },
  79: {
    explanation:
      'Anyone who considers that their rights under the GDPR have been infringed by processing may sue the controller or processor, in addition to complaining to an authority. ' +
      'They may sue either in a country where the business is established or in the country where they usually live (the latter does not apply against public authorities acting in the exercise of public powers).',
    inPolicy: 'Nothing directly; a forum or jurisdiction clause in the policy should not suggest that individuals lose this choice.',
  },
  80: {
    explanation:
      'A person may mandate a properly constituted not-for-profit body active in data protection to complain and go to court on their behalf, and to claim compensation where Member State law allows. ' +
      'Member States may also allow such bodies to act without a mandate, except for compensation.',
    inPolicy: 'Nothing directly.',
  },
  81: {
    explanation:
      'Where courts in different Member States deal with proceedings on the same subject matter concerning the same controller or processor, they must contact each other; any court other than the first seised may suspend its proceedings, and may decline jurisdiction where the first court can hear consolidated actions. ' +
      'It avoids conflicting judgments about the same processing.',
    inPolicy: 'Nothing.',
  },
  82: {
    explanation:
      'Anyone who suffers material or non-material damage because of an infringement of the GDPR is entitled to compensation from the controller or processor. ' +
      'A controller involved in the processing is liable for the damage; a processor only where it breached its own obligations or acted outside or against the controller\'s lawful instructions; either escapes liability only by proving it was in no way responsible. ' +
      'Where several are responsible, each is liable for the entire damage and may seek recourse from the others.',
    inPolicy: 'Nothing directly; disclaimers or liability limits in a policy do not reduce this liability towards individuals.',
  },
  83: {
    explanation:
      'Supervisory authorities may impose administrative fines that are effective, proportionate and dissuasive, weighing factors such as the nature, gravity and duration of the infringement, intent or negligence, mitigation, cooperation and previous infringements. ' +
      'There are two ceilings: up to EUR 10 million or 2% of worldwide annual turnover (for example for processor, security and DPO obligations), and up to EUR 20 million or 4% (for example for the principles, legal bases, consent, special categories, the rights in Art. 12–22 and transfers), whichever is higher.',
    inPolicy: 'Nothing directly; note that failing to give the Art. 13/14 information falls under the higher ceiling.',
  },
  84: {
    explanation:
      'Member States must lay down other penalties for GDPR infringements, in particular those not subject to administrative fines, and ensure they are effective, proportionate and dissuasive; they notify these rules to the Commission. ' +
      'Such penalties may include criminal sanctions under national law.',
    inPolicy: 'Nothing directly.',
  },
  85: {
    explanation:
      'Member States must reconcile data protection with freedom of expression and information, including processing for journalistic, academic, artistic or literary purposes. For those purposes they provide exemptions or derogations from several chapters of the GDPR where necessary, and notify these laws to the Commission.',
    inPolicy: 'Nothing directly; publishers relying on a national media exemption may say so.',
  },
  86: {
    explanation:
      'Public bodies may release personal data contained in their official documents under EU or Member State law on public access to documents. This reconciles access to official documents with data protection.',
    inPolicy: 'Nothing directly.',
  },
  87: {
    explanation:
      'Member States may set specific conditions for processing national ID numbers and similar identifiers used across many contexts. These may be used only with appropriate safeguards for people\'s rights.',
    inPolicy: 'Nothing directly.',
  },
  88: {
    explanation:
      'Member States may, by law or collective agreement, adopt more specific rules for processing employees\' data, for example in recruitment, performance of the employment contract, workplace health and safety, and termination. Such rules must include suitable measures to protect employees\' dignity and fundamental rights, in particular on transparency, transfers within a group and monitoring at work.',
    inPolicy: 'Nothing directly; an employee privacy notice should reflect any national rules on employee data.',
  },
  89: {
    explanation:
      'Processing for archiving in the public interest, scientific or historical research or statistics must be subject to appropriate safeguards, in particular data minimisation measures such as pseudonymisation, and anonymisation where the purposes allow it. EU or Member State law may limit certain rights where they would make these purposes impossible or seriously impair them.',
    inPolicy: 'Nothing directly; a policy covering research processing should mention the safeguards and any rights limited by law.',
  },
  90: {
    explanation:
      'Member States may adopt specific rules on the supervisory authorities\' powers to access data and premises of controllers or processors bound by professional secrecy, such as lawyers or doctors. Such rules may be adopted only where necessary to reconcile data protection with the obligation of secrecy, and are notified to the Commission.',
    inPolicy: 'Nothing directly.',
  },
  91: {
    explanation:
      'Churches and religious associations that applied comprehensive data protection rules when the GDPR entered into force may continue to apply them, provided they are brought into line with the GDPR. They are then supervised by an independent authority, which may be specific to them.',
    inPolicy: 'Nothing directly; a church body applying its own rules may name them and its supervisory authority.',
  },
  92: {
    explanation:
      'The Commission\'s power to adopt delegated acts under the GDPR (on standardised icons and on certification requirements) is conferred for an indeterminate period and may be revoked by the European Parliament or the Council. A delegated act enters into force only if neither objects within three months, extendable by three more.',
    inPolicy: 'Nothing directly.',
  },
  93: {
    explanation:
      'When adopting implementing acts, such as standard contractual clauses or adequacy decisions, the Commission is assisted by a committee of Member State representatives under the EU comitology rules (Regulation (EU) No 182/2011). It concerns law-making procedure only.',
    inPolicy: 'Nothing directly.',
  },
  94: {
    explanation:
      'The GDPR repealed the Data Protection Directive 95/46/EC with effect from 25 May 2018. References to the Directive are read as references to the GDPR, and references to the Article 29 Working Party as references to the European Data Protection Board.',
    inPolicy: 'Nothing directly.',
  },
  95: {
    explanation:
      'The GDPR does not add obligations for providers of publicly available electronic communications services where the ePrivacy Directive (2002/58/EC) already imposes specific obligations with the same objective. In practice, storing or reading cookies and similar information on a device is governed by national ePrivacy law, while the GDPR governs the personal data processed.',
    inPolicy: 'Nothing directly; cookie disclosures and consent follow national ePrivacy law, alongside the GDPR information duties.',
  },
  96: {
    explanation:
      'International agreements involving transfers of personal data that Member States concluded before 24 May 2016, and that complied with EU law at that time, remain in force until they are amended, replaced or revoked. ' +
      'New agreements must respect the GDPR.',
    inPolicy: 'Nothing directly.',
  },
  97: {
    explanation:
      'The Commission reports on the evaluation and review of the GDPR to the European Parliament and the Council, first by 25 May 2020 and then every four years, with particular attention to international transfers and the cooperation and consistency mechanisms. It may propose amendments where needed.',
    inPolicy: 'Nothing directly.',
  },
  98: {
    explanation:
      'Where appropriate, the Commission proposes amendments to other EU legal acts on data protection so that protection is uniform and consistent. The rules for EU institutions, for example, were later aligned by Regulation (EU) 2018/1725.',
    inPolicy: 'Nothing directly.',
  },
  99: {
    explanation:
      'The GDPR entered into force on 24 May 2016 and has applied since 25 May 2018. As a regulation, it is binding in its entirety and directly applicable in every Member State, without national transposition.',
    inPolicy: 'Nothing directly.',
  },
};
