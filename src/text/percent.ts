/** A share in [0, 1] as a whole percentage ("62%"), the way every view shows figures. */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;

/**
 * How an edge's share splits, in words: "49% copied, 5% paraphrased, 15% quotations both carry
 * or sentences built round runs of its words" (the last part is what `share` counts beyond the
 * copied and paraphrased words; left out when it rounds to nothing).
 */
export function shareParts(e: { share: number; copiedShare: number; paraphrasedShare: number }): string {
  const rest = e.share - e.copiedShare - e.paraphrasedShare;
  const parts = [`${percent(e.copiedShare)} copied`, `${percent(e.paraphrasedShare)} paraphrased`];
  if (Math.round(rest * 100) > 0) parts.push(`${percent(rest)} quotations both carry or sentences built round runs of its words`);
  return parts.join(', ');
}
