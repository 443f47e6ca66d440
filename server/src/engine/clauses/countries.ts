// The controller's country, as the draft states it, and the data protection supervisory
// authority of that country, so that an inserted complaint clause can name it. Only countries
// with one national authority are listed: where the competent authority depends on the region
// (Germany's Länder), the clause keeps its visible blank rather than guess.

/** A country: its English name, other names drafts use, and its single national GDPR authority. */
interface Country {
  name: string;
  aliases?: string[];
  /** The authority's name and website, as the complaint clause writes them. */
  authority?: string;
}

const COUNTRIES: readonly Country[] = [
  { name: 'Austria', aliases: ['Österreich'], authority: 'the Austrian Data Protection Authority (Datenschutzbehörde, www.dsb.gv.at)' },
  { name: 'Belgium', aliases: ['Belgique', 'België'], authority: 'the Belgian Data Protection Authority (www.dataprotectionauthority.be)' },
  { name: 'Bulgaria', authority: 'the Commission for Personal Data Protection (www.cpdp.bg)' },
  { name: 'Croatia', aliases: ['Hrvatska'], authority: 'the Croatian Personal Data Protection Agency (AZOP, azop.hr)' },
  { name: 'Cyprus', authority: 'the Commissioner for Personal Data Protection (www.dataprotection.gov.cy)' },
  { name: 'Czech Republic', aliases: ['Czechia'], authority: 'the Office for Personal Data Protection (ÚOOÚ, www.uoou.gov.cz)' },
  { name: 'Denmark', aliases: ['Danmark'], authority: 'the Danish Data Protection Agency (Datatilsynet, www.datatilsynet.dk)' },
  { name: 'Estonia', aliases: ['Eesti'], authority: 'the Estonian Data Protection Inspectorate (www.aki.ee)' },
  { name: 'Finland', aliases: ['Suomi'], authority: 'the Office of the Data Protection Ombudsman (tietosuoja.fi)' },
  { name: 'France', authority: 'the Commission nationale de l’informatique et des libertés (CNIL, www.cnil.fr)' },
  { name: 'Germany', aliases: ['Deutschland'] },
  { name: 'Greece', authority: 'the Hellenic Data Protection Authority (www.dpa.gr)' },
  { name: 'Hungary', authority: 'the Hungarian National Authority for Data Protection and Freedom of Information (NAIH, www.naih.hu)' },
  { name: 'Iceland', authority: 'the Icelandic Data Protection Authority (Persónuvernd, www.personuvernd.is)' },
  { name: 'Ireland', authority: 'the Data Protection Commission (www.dataprotection.ie)' },
  { name: 'Italy', aliases: ['Italia'], authority: 'the Garante per la protezione dei dati personali (www.garanteprivacy.it)' },
  { name: 'Latvia', authority: 'the Data State Inspectorate (www.dvi.gov.lv)' },
  { name: 'Liechtenstein', authority: 'the Data Protection Authority of Liechtenstein (Datenschutzstelle, www.datenschutzstelle.li)' },
  { name: 'Lithuania', authority: 'the State Data Protection Inspectorate (vdai.lrv.lt)' },
  { name: 'Luxembourg', authority: 'the Commission nationale pour la protection des données (CNPD, cnpd.public.lu)' },
  { name: 'Malta', authority: 'the Information and Data Protection Commissioner (idpc.org.mt)' },
  { name: 'Netherlands', aliases: ['The Netherlands', 'Nederland'], authority: 'the Dutch Data Protection Authority (Autoriteit Persoonsgegevens, autoriteitpersoonsgegevens.nl)' },
  { name: 'Norway', aliases: ['Norge'], authority: 'the Norwegian Data Protection Authority (Datatilsynet, www.datatilsynet.no)' },
  { name: 'Poland', aliases: ['Polska'], authority: 'the President of the Personal Data Protection Office (UODO, uodo.gov.pl)' },
  { name: 'Portugal', authority: 'the Comissão Nacional de Proteção de Dados (CNPD, www.cnpd.pt)' },
  { name: 'Romania', authority: 'the National Supervisory Authority for Personal Data Processing (ANSPDCP, www.dataprotection.ro)' },
  { name: 'Slovakia', authority: 'the Office for Personal Data Protection of the Slovak Republic (dataprotection.gov.sk)' },
  { name: 'Slovenia', authority: 'the Information Commissioner of the Republic of Slovenia (www.ip-rs.si)' },
  { name: 'Spain', aliases: ['España'], authority: 'the Spanish Data Protection Agency (AEPD, www.aepd.es)' },
  { name: 'Sweden', aliases: ['Sverige'], authority: 'the Swedish Authority for Privacy Protection (IMY, www.imy.se)' },
  // Outside the EEA: the country is still filled in; no GDPR authority is guessed for it.
  { name: 'Switzerland', aliases: ['Schweiz', 'Suisse'] },
  { name: 'United Kingdom', aliases: ['UK', 'U.K.', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Great Britain'] },
  { name: 'United States', aliases: ['USA', 'U.S.A.', 'US', 'U.S.', 'United States of America'] },
  { name: 'Canada' },
  { name: 'Australia' },
];

const BY_NAME = new Map<string, Country>();
for (const c of COUNTRIES) for (const n of [c.name, ...(c.aliases ?? [])]) BY_NAME.set(n.toLowerCase(), c);

/** The country named by the last comma-separated part of an address ("…, 652 16 Karlstad, Sweden"). */
export function countryOfAddress(address: string): string | undefined {
  const parts = address.split(',');
  for (let i = parts.length - 1; i >= Math.max(0, parts.length - 2); i--) {
    const last = trimEnd(parts[i], '. \t\r\n');
    // "652 16 Karlstad Sweden": the country may follow the town without a comma.
    const words = last.split(/\s+/);
    for (let k = Math.max(0, words.length - 4); k < words.length; k++) {
      const c = BY_NAME.get(words.slice(k).join(' ').toLowerCase());
      if (c) return c.name;
    }
  }
  return undefined;
}

/** Where the draft says where the controller is: "a company registered in Sweden", "established in Ireland". */
const ESTABLISHED = /\b(?:registered|incorporated|established|based|headquartered|located|organi[sz]ed)\s(?:(?:and|or)\s\w{3,15}\s)?(?:in|under the laws of)\s(?:the\s)?([A-Z][A-Za-z.é]{1,15}(?:\s(?:of\s)?[A-Z][a-z]{1,15}){0,3})/g;

/** The country a sentence of the draft says the controller is established in; only the first 20,000 characters are read. */
export function countryInText(text: string): string | undefined {
  const head = text.slice(0, 20000);
  ESTABLISHED.lastIndex = 0;
  for (let m = ESTABLISHED.exec(head); m; m = ESTABLISHED.exec(head)) {
    const words = m[1].split(/\s+/);
    // "in Sweden and", "in the United Kingdom": the longest leading run that names a country.
    for (let k = words.length; k >= 1; k--) {
      const c = BY_NAME.get(trimEnd(words.slice(0, k).join(' '), '.,').toLowerCase());
      if (c) return c.name;
    }
  }
  return undefined;
}

/** The national supervisory authority of an EU/EEA country, where there is exactly one. */
export function supervisoryAuthorityOf(country: string | undefined): string | undefined {
  return country ? BY_NAME.get(country.toLowerCase())?.authority : undefined;
}

/** `s` without the characters of `chars` at its end (a loop: `/[.\s]+$/` is quadratic on long runs). */
export function trimEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return s.slice(0, end).trim();
}
