// What the company recogniser must find and must not find: in English through the trained tagger
// (clear cases of the signals it learned, not every sentence of a corpus), in the six other
// languages through the list, legal forms and tickers, and in any other language nothing.
import { describe, expect, it } from 'vitest';
import { nameSpan, recogniseCompanies } from '../../core/companies/recogniseCompanies';
import { splitSentences } from '../../core/text/sentences';
import { tokenize } from '../../core/text/tokenize';

const names = (text: string, lang?: string) =>
  recogniseCompanies(text, tokenize(text), splitSentences(text), lang).map((m): [string, string] => [m.text, m.name]);

describe('recogniseCompanies: names from the company list', () => {
  it('folds possessives and legal forms into the canonical name', () => {
    expect(names("OpenAI's model. Alphabet Inc. said Alphabet would. Apple Inc.'s results.")).toEqual([
      ["OpenAI's", 'OpenAI'],
      ['Alphabet Inc.', 'Alphabet'],
      ['Alphabet', 'Alphabet'],
      ["Apple Inc.'s", 'Apple'],
    ]);
  });
  it('prefers the longest known name', () => {
    expect(names('a Wall Street Journal report on Bank of America and Deutsche Bank')).toEqual([
      ['Wall Street Journal', 'Wall Street Journal'],
      ['Bank of America', 'Bank of America'],
      ['Deutsche Bank', 'Deutsche Bank'],
    ]);
  });
  it('knows companies named after people, which read as a person by their words', () => {
    expect(names('Charles Schwab and Freddie Mac reported results, and shares of Lockheed Martin rose.')).toEqual([
      ['Charles Schwab', 'Charles Schwab'],
      ['Freddie Mac', 'Freddie Mac'],
      ['Lockheed Martin', 'Lockheed Martin'],
    ]);
  });
  it('finds companies acting in a sentence, and not the products they make', () => {
    expect(names('Apple unveiled the iPhone 16 and Samsung answered with the Galaxy S25, while Tesla recalled cars.')).toEqual([
      ['Apple', 'Apple'],
      ['Samsung', 'Samsung'],
      ['Tesla', 'Tesla'],
    ]);
    expect(names('Microsoft said on Tuesday it would buy Activision Blizzard for $69 billion.')).toEqual([
      ['Microsoft', 'Microsoft'],
      ['Activision Blizzard', 'Activision Blizzard'],
    ]);
  });
});

describe('recogniseCompanies: names the sentence marks as companies', () => {
  it.each([
    ['a legal form', 'Zentrix Robotics GmbH opened a plant.', 'Zentrix Robotics GmbH', 'Zentrix Robotics'],
    ['a company-like last word', 'We spoke to Harbor Point Capital about it.', 'Harbor Point Capital', 'Harbor Point Capital'],
    ["a studio's last word", 'Quarrystone Productions made the film last year.', 'Quarrystone Productions', 'Quarrystone Productions'],
    ['shares of', 'Investors bought shares of Brightwater after the call.', 'Brightwater', 'Brightwater'],
    ['shares of, opening a sentence', 'Shares of Norvane Systems rose 6% on Friday.', 'Norvane Systems', 'Norvane Systems'],
    ['chief executive of', 'said the chief executive of Norvane on Monday', 'Norvane', 'Norvane'],
    ['a description in apposition', 'Last year Quorvia, a leading provider of payroll software, grew.', 'Quorvia', 'Quorvia'],
    ['a kind of company before it', 'Then listed property developer Marrowind announced it.', 'Marrowind', 'Marrowind'],
    [
      'a newspaper title after "The"',
      'he told The Australian Financial Review last week',
      'Australian Financial Review',
      'Australian Financial Review',
    ],
    ['a number before a company word', 'The executives at 361 Capital agree.', '361 Capital', '361 Capital'],
    [
      'a heading word before it',
      'About Brightline Benefit Service Corporation. It runs payroll.',
      'Brightline Benefit Service Corporation',
      'Brightline Benefit Service',
    ],
    ['a byline after it', 'Brightwater Capital By Jane Mercer reported on Monday.', 'Brightwater Capital', 'Brightwater Capital'],
    [
      'the company a person works at',
      'The deal was led by Sarah Kemp of Northgate Capital on Monday.',
      'Northgate Capital',
      'Northgate Capital',
    ],
  ])('%s', (_, text, mention, canonical) => {
    expect(names(text)).toEqual([[mention, canonical]]);
  });

  it('leaves a full stop that ends the sentence out of the mention, and keeps one inside it', () => {
    expect(names('Data are provided by Morningstar, Inc.')).toEqual([['Morningstar, Inc', 'Morningstar']]);
    expect(names('Brightwater Holdings Inc. said revenue rose.')).toEqual([['Brightwater Holdings Inc.', 'Brightwater']]);
  });

  it("takes a dateline's place for no company, and its agency for one", () => {
    expect(names('WASHINGTON (AP) — Lawmakers met on Tuesday.')).toEqual([['AP', 'AP']]);
  });

  it('leaves a conjunction opening the sentence out of the name', () => {
    expect(names('Although Ford said so, sales fell.')).toEqual([['Ford', 'Ford']]);
  });

  it('gives the name without its possessive', () => {
    const [mention] = recogniseCompanies("Revenue at OpenAI's unit rose.");
    expect(mention && nameSpan(mention)).toEqual({ text: 'OpenAI', start: 11, end: 17 });
  });
});

describe('recogniseCompanies: what is not a company', () => {
  it.each([
    ['people', 'Sam Altman and Ben Thompson spoke.'],
    ['people, places and an aircraft', 'Taylor Swift met Peyton Manning in Austin, Texas, before flying to Paris.'],
    ['places', 'Officials in London and Beijing met in Texas.'],
    ['capitalised words at sentence start', 'Furthermore, the plan failed. Recognizing this, they left.'],
    ['a name in quotes', 'declared an urgent "Code Red" plan'],
    ['a surname that is also a company', 'Prime Minister Tony Abbott spoke, and Mr Abbott left.'],
    ['a large city that is also a company', 'Officials in south Sydney met in Sydney.'],
    ['a country by its own name', 'Sales rose in Deutschland and Italia, and fell in the Estados Unidos.'],
    ['an amount in a foreign dollar', 'prices stay at $US44.10 a tonne, or HK$340 in Hong Kong'],
    ['an initialism the text defines as a product', 'Our Customer Engagement Platform (CEP) grew. Users like CEP.'],
    ['laws, events and awards', 'the Homebuyers Assistance Act passed before the Global Entrepreneurship Summit'],
    ['a quarter', 'results for 2Q15 and 3Q15 beat forecasts'],
    ['people by first names beyond the common English ones', 'She met Ghislaine Maxwell and Peyton Manning, then Carsten Fritsch.'],
    ['a capitalised word opening a quoted sentence', '“Although Berm residents stayed, few came,” she said. “Entonces Pancha left.”'],
    ['a person after a title or a place', 'said Deputy Administrator Jim Bridenstine, as did the special envoy for Ukraine Kurt Volker.'],
    ['a conjunction opening a sentence', 'Despite losing ground, the group held on. Although small, the rise held.'],
    ['a product’s measures', 'It ships with 512GB of storage, a 4K screen and 3D sound.'],
  ])('%s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('recogniseCompanies: one text, one sense for a name', () => {
  it("counts a company's short form under its full name, and not a person's surname", () => {
    const text =
      'Kestrel Freight agreed to buy Lindqvist Robotics on Monday. Lindqvist makes shelving robots. ' +
      "Shares of Kestrel rose, and Lindqvist's stock jumped, said Maren Holt, chief executive of Kestrel Freight. " +
      'Holt said the deal would close soon.';
    const found = names(text);
    expect(found.filter(([, name]) => name === 'Lindqvist Robotics').map(([t]) => t)).toEqual([
      'Lindqvist Robotics',
      'Lindqvist',
      "Lindqvist's",
    ]);
    expect(found.filter(([, name]) => name === 'Kestrel Freight').length).toBe(3);
    expect(found.some(([t]) => t.includes('Holt'))).toBe(false);
  });

  it('leaves a short form shared by two companies named before it as it is', () => {
    const text = 'Vantor Mining and Vantor Shipping reported results. Vantor said both grew.';
    expect(names(text).filter(([, name]) => name === 'Vantor Mining' || name === 'Vantor Shipping').length).toBeLessThanOrEqual(2);
  });
});

describe('recogniseCompanies: lines', () => {
  it('never runs a name on past a line', () => {
    expect(names('The guide comes from Zentrix Robotics GmbH\n\nThe report says more.')).toEqual([
      ['Zentrix Robotics GmbH', 'Zentrix Robotics'],
    ]);
    expect(names('We spoke to Harbor Point Capital\nFrom Monday it trades.').map(([text]) => text)).toEqual(['Harbor Point Capital']);
  });
});

describe('recogniseCompanies: German, French and the other listed languages', () => {
  it('finds listed names, legal forms and brand spellings, and no run of capitalised nouns', () => {
    expect(names('Siemens zahlt 4,70 € je Aktie.', 'de')).toEqual([['Siemens', 'Siemens']]);
    expect(names('Die Deutsche Bank und TotalEnergies legten zu.', 'de')).toEqual([
      ['Deutsche Bank', 'Deutsche Bank'],
      ['TotalEnergies', 'TotalEnergies'],
    ]);
    expect(names('Der Umsatz stieg auf 77,8 Milliarden Euro.', 'de')).toEqual([]);
    expect(names('Der Bau von Heereslastwagen begann, und die Siemens AG lieferte die Motoren.', 'de')).toEqual([
      ['Siemens AG', 'Siemens'],
    ]);
  });

  it("takes no gendered noun (Binnen-I) and no piece of a code for a brand's spelling", () => {
    expect(names('Die AutorInnen und die MedienpädagogIn sprechen über SARS-CoV-2 und TotalEnergies.', 'de')).toEqual([
      ['TotalEnergies', 'TotalEnergies'],
    ]);
  });

  it('reads a listed name whose adjective German declines, and a name after the noun that describes it', () => {
    expect(names('Analysten der Deutschen Bank sprachen von einem soliden Abschluss.', 'de')).toEqual([
      ['Deutschen Bank', 'Deutsche Bank'],
    ]);
    expect(names('Der Technologiekonzern Siemens hat mehr umgesetzt.', 'de')).toEqual([['Siemens', 'Siemens']]);
  });

  it('takes a listed name that is an everyday German noun for a company only where the text says it is one', () => {
    expect(names('Die Energie der Sonne reicht. Das Zimmer ist klein, die Allianz der Staaten hält.', 'de')).toEqual([]);
    expect(names('Der Versicherer Allianz meldet Gewinne.', 'de')).toEqual([['Allianz', 'Allianz']]);
    expect(names('Allianz-Chef Oliver Bäte sprach.', 'de')).toEqual([['Allianz', 'Allianz']]);
    expect(names('Die Energie-Sprecherin der Grünen und die Arbeitsgruppe Energie tagten.', 'de')).toEqual([]);
    expect(names('Der Versicherer Allianz legte zu. Allianz wächst weiter.', 'de')).toEqual([
      ['Allianz', 'Allianz'],
      ['Allianz', 'Allianz'],
    ]);
    // A name German also declines as a noun, but a company on a news page far more often.
    expect(names('Bayer meldet einen Gewinn.', 'de')).toEqual([['Bayer', 'Bayer']]);
    expect(names('Die Allianz SE legte zu. Allianz wächst weiter.', 'de')).toEqual([
      ['Allianz SE', 'Allianz'],
      ['Allianz', 'Allianz'],
    ]);
    const german =
      'Die Energie der Sonne reicht im Winter nicht, sagen die Fachleute der Hochschule. Die Anlagen auf ' +
      'dem Dach liefern dann weniger Strom, und die Speicher im Keller sind schnell leer.';
    expect(names(german)).toEqual([]);
  });

  it('reads a known name inside a longer capitalised noun phrase as that phrase, not a company', () => {
    expect(names('Die Deutsche Bundesbank erwartet ein Plus.', 'de')).toEqual([]);
  });

  it('takes an initialism for a company only as a company short form, and bracketed capitals for no ticker', () => {
    const text =
      'Die Ökotierzucht gGmbH (ÖTZ) zieht die Hähne auf, und die ÖTZ verkauft sie. Der LKW fährt mit 200 PS. ' +
      'Die Telematikinfrastruktur (TI) ist noch nicht fertig, wie die TI mitteilt.';
    expect(names(text, 'de')).toEqual([
      ['Ökotierzucht gGmbH', 'Ökotierzucht'],
      ['ÖTZ', 'ÖTZ'],
      ['ÖTZ', 'ÖTZ'],
    ]);
  });

  it('reads legal forms in French, Italian and Spanish', () => {
    expect(names('Un bénéfice de 5,4 milliards de dollars pour Vallourec SA et la Banque de France.', 'fr')).toEqual([
      ['Vallourec SA', 'Vallourec'],
    ]);
    expect(names('Le azioni di Brembo S.p.A. sono salite.', 'it')).toEqual([['Brembo S.p.A.', 'Brembo']]);
  });

  it('reads a German text without a language as German', () => {
    const german =
      'Der Bau von Heereslastwagen begann im Werk in Braunschweig, und die Angaben von Fachleuten ' +
      'sind sich nicht einig, wie viele Fahrzeuge es waren. Nach dem Krieg wurde die Produktion der ' +
      'Schweren Lastwagen mit einer neuen Bauart wieder aufgenommen, auch für die Feuerwehr. Die ' +
      'Siemens AG lieferte die Motoren für das Werk.';
    expect(names(german)).toEqual([['Siemens AG', 'Siemens']]);
  });
});

describe('recogniseCompanies: other languages', () => {
  it('names no company in a language it does not read, or when the language is unknown', () => {
    const text = 'Apple Inc. and Siemens AG reported results.';
    expect(names(text, 'ja')).toEqual([]);
    expect(names(text, '')).toEqual([]);
    expect(names(text, 'en').map(([, name]) => name)).toEqual(['Apple', 'Siemens']);
  });
});
