/** A share in [0, 1] as a whole percentage ("62%"), the way every view shows figures. */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;
