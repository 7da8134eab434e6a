// A price as shops and deals write it: a currency sign or code before or after digits (`$249.00`,
// `1.299,00 €`, `CHF 3.50`, `120.-`), and an offer: a price with the words that sell it. Read by
// the shop signals and by the article's link lists.

const PRICE =
  /(?:^|[\s>(])(?:[$€£¥₹]\s?\d[\d.,']*|(?:CHF|EUR|USD|GBP|Fr\.|R\$|kr)\s?\d[\d.,']*|\d[\d.,']*(?:[.,]-)?\s?(?:€|EUR|USD|CHF|zł|kr|Kč|Ft|\$|£))(?:$|[\s<)*])/;

/** Whether `text` names a price. */
export function namesPrice(text: string): boolean {
  return PRICE.test(` ${text} `);
}

/** Words that ask the reader to buy, in the languages shops use. */
const BUY =
  /(?:^|[^\p{L}])(?:buy|get it|get(?: \S+){0,4} (?:on|at|from)|shop now|order now|available (?:from|at)|kaufen|bestellen|acheter|commander|comprar|acquista)(?:$|[^\p{L}])/iu;

/** Whether `text` offers something for sale: a price and a word that sells it (`Get it on Amazon for $139`). */
export function offersToBuy(text: string): boolean {
  return BUY.test(text) && namesPrice(text);
}
