/** "RFE/RL" → "RFE/RL's", "Reuters" → "Reuters'": the English possessive of a name. */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}
