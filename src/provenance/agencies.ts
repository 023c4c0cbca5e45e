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
