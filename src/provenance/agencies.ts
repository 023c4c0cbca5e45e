/**
 * News agencies whose copy other outlets reuse, with the names they are credited under and the
 * marks their copy carries. Generic knowledge of the trade, not of any particular article.
 */

export interface Agency {
  name: string;
  /** Ways the agency is named in credits, lower case. */
  aliases: string[];
}

export const AGENCIES: readonly Agency[] = [
  { name: 'Reuters', aliases: ['reuters', 'thomson reuters'] },
  { name: 'AP', aliases: ['ap', 'associated press', 'the associated press'] },
  { name: 'AFP', aliases: ['afp', 'agence france-presse', 'agence france presse'] },
  { name: 'PA', aliases: ['pa', 'pa news', 'pa media', 'press association', 'the press association'] },
  { name: 'Interfax', aliases: ['interfax'] },
  { name: 'TASS', aliases: ['tass', 'itar-tass'] },
  { name: 'RIA Novosti', aliases: ['ria novosti', 'ria'] },
  { name: 'Xinhua', aliases: ['xinhua'] },
  { name: 'Bloomberg', aliases: ['bloomberg'] },
  { name: 'dpa', aliases: ['dpa', 'deutsche presse-agentur'] },
  { name: 'EFE', aliases: ['efe'] },
  { name: 'ANSA', aliases: ['ansa'] },
  { name: 'Kyodo', aliases: ['kyodo', 'kyodo news'] },
  { name: 'Yonhap', aliases: ['yonhap'] },
  { name: 'PTI', aliases: ['pti', 'press trust of india'] },
  { name: 'ANI', aliases: ['ani'] },
  { name: 'UPI', aliases: ['upi', 'united press international'] },
  { name: 'Anadolu', aliases: ['anadolu', 'anadolu agency'] },
  { name: 'AAP', aliases: ['aap', 'australian associated press'] },
  { name: 'The Canadian Press', aliases: ['canadian press', 'the canadian press', 'cp'] },
  { name: 'Dow Jones', aliases: ['dow jones', 'dow jones newswires'] },
  { name: 'Jiji', aliases: ['jiji', 'jiji press'] },
  { name: 'IANS', aliases: ['ians', 'indo-asian news service'] },
  { name: 'Bernama', aliases: ['bernama'] },
  { name: 'Antara', aliases: ['antara'] },
  { name: 'Lusa', aliases: ['lusa'] },
  { name: 'Europa Press', aliases: ['europa press'] },
  { name: 'Belga', aliases: ['belga'] },
  { name: 'ANP', aliases: ['anp'] },
  { name: 'NTB', aliases: ['ntb'] },
  { name: 'Ritzau', aliases: ['ritzau'] },
  { name: 'Keystone-SDA', aliases: ['keystone-sda', 'sda'] },
  { name: 'APA', aliases: ['apa', 'austria presse agentur'] },
  { name: 'PAP', aliases: ['pap', 'polish press agency'] },
  { name: 'MTI', aliases: ['mti'] },
  { name: 'CTK', aliases: ['ctk', 'čtk'] },
  { name: 'Ukrinform', aliases: ['ukrinform'] },
  { name: 'IRNA', aliases: ['irna'] },
  { name: 'KUNA', aliases: ['kuna'] },
  { name: 'WAM', aliases: ['wam'] },
  { name: 'SPA', aliases: ['spa', 'saudi press agency'] },
  { name: 'MENA', aliases: ['mena'] },
  { name: 'Prensa Latina', aliases: ['prensa latina'] },
  { name: 'Notimex', aliases: ['notimex'] },
];

/** Lower case, curly apostrophes straightened, white space folded. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** The agency a name refers to, if it is one of the known agencies. */
export function agencyNamed(name: string): Agency | undefined {
  const n = normalizeName(name).replace(/^the /, '');
  return AGENCIES.find((a) => a.aliases.includes(n) || a.aliases.includes(`the ${n}`));
}
