/** A generated corpus for the engine's tests: made-up stories and documents derived from them (no evaluation data). */
import type { SourceDocument } from '../src/types.js';

/** Seeded PRNG (mulberry32): the sample is the same on every run. */
function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tus', 'bra', 've', 'dor', 'shi', 'pan', 'gel', 'qua', 'nor', 'fi', 'zem', 'tal'];
/** English sentence frames (function words only) around made-up content words, so unrelated stories share no stems. */
const FRAMES: readonly ((w: string[]) => string)[] = [
  (w) => `The ${w[0]} ${w[1]} said that its ${w[2]} would ${w[3]} the ${w[4]} ${w[5]} before the ${w[6]}.`,
  (w) => `${w[0]} and ${w[1]} had been ${w[2]} by a ${w[3]} ${w[4]} in ${w[5]}.`,
  (w) => `About ${w[1]} of the ${w[2]} were ${w[3]} after the ${w[4]} of ${w[5]} ${w[6]}, the ${w[0]} said.`,
  (w) => `It was ${w[6]} that the ${w[0]} ${w[1]} would ${w[2]} its ${w[3]} with ${w[4]} ${w[5]}.`,
  (w) => `The ${w[0]} of ${w[1]} ${w[2]} has ${w[3]} since the ${w[4]} ${w[5]} of ${w[6]}.`,
];
/** Another wording of each frame: the same content words, other function words and order. */
const REFRAMES: readonly ((w: string[]) => string)[] = [
  (w) => `Before the ${w[6]}, its ${w[2]} would ${w[3]} ${w[4]} ${w[5]}, the ${w[1]} ${w[0]} said.`,
  (w) => `A ${w[3]} ${w[4]} in ${w[5]} ${w[2]} both ${w[0]} and ${w[1]}.`,
  (w) => `After the ${w[4]} of ${w[5]} ${w[6]}, some ${w[1]} ${w[2]} were ${w[3]}, the ${w[0]} said.`,
  (w) => `That its ${w[3]} would be ${w[2]} with ${w[4]} ${w[5]} by the ${w[0]} ${w[1]} was ${w[6]}.`,
  (w) => `Since the ${w[4]} ${w[5]} of ${w[6]}, the ${w[0]} of ${w[1]} ${w[2]} has ${w[3]}.`,
];

interface Story {
  headline: string;
  words: string[][];
  frames: number[];
}

function stories(rnd: () => number, count: number): Story[] {
  const vocabulary = Array.from({ length: 20_000 }, () => Array.from({ length: 3 + Math.floor(rnd() * 2) }, () => SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]).join(''));
  const word = () => vocabulary[Math.floor(rnd() * vocabulary.length)]!;
  return Array.from({ length: count }, () => {
    const n = 5 + Math.floor(rnd() * 4);
    return {
      headline: Array.from({ length: 5 }, word).join(' ').replace(/^./, (c) => c.toUpperCase()),
      words: Array.from({ length: n }, () => Array.from({ length: 7 }, word)),
      frames: Array.from({ length: n }, () => Math.floor(rnd() * FRAMES.length)),
    };
  });
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const said = (st: Story, i: number): string => capital(FRAMES[st.frames[i]!]!(st.words[i]!));
const reworded = (st: Story, i: number): string => capital(REFRAMES[st.frames[i]!]!(st.words[i]!));

/**
 * 200 documents: 160 stories, and 40 derived from them, each with a headline and a sentence of its own: whole
 * copies, trims, light edits, rewordings, and excerpts of one or two sentences.
 */
export function sample(): SourceDocument[] {
  const rnd = prng(16);
  const all = stories(rnd, 160);
  const docs: SourceDocument[] = [];
  const own = stories(rnd, 40);
  all.forEach((st, k) => {
    const text = [st.headline, ...st.words.map((_, i) => said(st, i))].join('\n\n') + '\n';
    docs.push({ id: `s${String(k).padStart(3, '0')}`, file: `s${k}.txt`, outlet: { name: `Outlet ${k}` }, text });
  });
  for (let k = 0; k < 40; k++) {
    const st = all[(k * 37) % 160]!;
    const idx = st.words.map((_, i) => i);
    const kind = k % 5;
    const body =
      kind === 0 ? idx.map((i) => said(st, i))
      : kind === 1 ? idx.slice(0, 4).map((i) => said(st, i))
      : kind === 2 ? idx.map((i) => (i === 2 ? said(st, i).replace(/ the /, ' a ') : said(st, i)))
      : kind === 3 ? idx.slice(0, 5).map((i) => reworded(st, i))
      : idx.slice(1, 2 + (k % 2)).map((i) => said(st, i));
    const mine = own[k]!;
    docs.push({ id: `d${String(k).padStart(3, '0')}`, file: `d${k}.txt`, outlet: { name: `Derived ${k}` }, text: [mine.headline, ...body, said(mine, 0)].join('\n\n') + '\n' });
  }
  return docs;
}

