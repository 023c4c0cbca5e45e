/**
 * The page's own ids, made from positions (an outlet's place in the result, a segment's id), never
 * from text: two outlets named alike, or ids with odd characters, cannot collide or inject.
 */
export const outletAnchor = (doc: number): string => `outlet-${doc}`;
export const segmentAnchor = (doc: number, segment: number): string => `o${doc}-s${segment}`;
export const pairAnchor = (a: number, b: number): string => `pair-${a}-${b}`;
