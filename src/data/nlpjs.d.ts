/** Types for the parts of nlp.js the search uses (wordForms.ts): Snowball's stemmers and the stop-word lists. */
declare module "@nlpjs/lang-sv/src/stemmer-sv.js" {
  export default class StemmerSv {
    stemWord(word: string): string;
  }
}
declare module "@nlpjs/lang-en-min/src/stemmer-en.js" {
  export default class StemmerEn {
    stemWord(word: string): string;
  }
}
declare module "@nlpjs/lang-sv/src/stopwords-sv.js" {
  export default class StopwordsSv {
    isStopword(word: string): boolean;
  }
}
declare module "@nlpjs/lang-en-min/src/stopwords-en.js" {
  export default class StopwordsEn {
    isStopword(word: string): boolean;
  }
}
