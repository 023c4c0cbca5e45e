/** Shares as whole percentages, the way every figure in the report shows them. */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;
