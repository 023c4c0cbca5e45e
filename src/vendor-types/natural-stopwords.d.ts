/** natural's English function-word list, imported by its deep path (natural's main entry loads every module it has). */
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}
