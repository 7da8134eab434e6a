import { describe, expect, it } from 'vitest';
import { recogniseCompanies } from '../../core/companies/recogniseCompanies';
import { capitalisesNouns } from '../../core/text/capitalisesNouns';

const names = (text: string) => recogniseCompanies(text).map((m) => [m.text, m.name]);

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
  it('reads two known names side by side as one company', () => {
    expect(names('Investors in BHP Billiton and Northrop Grumman cheered.')).toEqual([
      ['BHP Billiton', 'BHP Billiton'],
      ['Northrop Grumman', 'Northrop Grumman'],
    ]);
  });
  it('keeps known names in a list apart, and everyday-word names', () => {
    expect(names('Share this story: Facebook Instagram YouTube. Follow us on Facebook Twitter.').map(([t]) => t)).toEqual([
      'Facebook',
      'Instagram',
      'YouTube',
      'Facebook',
      'Twitter',
    ]);
  });
  it('counts a product named after its maker as a mention of the maker', () => {
    expect(names("boosted Google Gemini's user growth")).toEqual([['Google', 'Google']]);
  });
  it('needs a signal for everyday words opening a sentence, unless named elsewhere', () => {
    expect(names('Shell out the money. Orange is a colour.')).toEqual([]);
    expect(names('Anthropic, founded in 2021, grew. Rivals copied Anthropic.')).toEqual([
      ['Anthropic', 'Anthropic'],
      ['Anthropic', 'Anthropic'],
    ]);
  });
});

describe('recogniseCompanies: names the sentence marks as companies', () => {
  it.each([
    ['a legal form', 'Zentrix Robotics GmbH opened a plant.', 'Zentrix Robotics GmbH', 'Zentrix Robotics'],
    ['a company-like last word', 'We spoke to Harbor Point Capital about it.', 'Harbor Point Capital', 'Harbor Point Capital'],
    ["a studio's last word", 'Quarrystone Productions made the film last year.', 'Quarrystone Productions', 'Quarrystone Productions'],
    ['a ticker', 'Quillfeather (NASDAQ: QFTR) rose.', 'Quillfeather', 'Quillfeather'],
    ['shares of', 'Investors bought shares of Brightwater after the call.', 'Brightwater', 'Brightwater'],
    ['shares of, opening a sentence', 'Shares of Norvane Systems rose 6% on Friday.', 'Norvane Systems', 'Norvane Systems'],
    ['chief executive of', 'said the chief executive of Norvane on Monday', 'Norvane', 'Norvane'],
    ['a description in apposition', 'Quorvia, a leading provider of payroll software, grew.', 'Quorvia', 'Quorvia'],
    ['a description after "is"', 'They said Stellgrove is a privately held finance company.', 'Stellgrove', 'Stellgrove'],
    ['a kind of company before it', 'Then listed property developer Marrowind announced it.', 'Marrowind', 'Marrowind'],
    ['a role after it, even with a first name', 'Allan Gray managing director Simon Mawhinney said so.', 'Allan Gray', 'Allan Gray'],
    ['an initial', 'T. Rowe Price Group Inc. says now is the time.', 'T. Rowe Price Group Inc.', 'T. Rowe Price'],
    ['its web address', 'according to rate tracker Bankrate.com on Monday', 'Bankrate.com', 'Bankrate.com'],
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
    ['the company a person is of', 'The round was led by Andy Ballard of Figtree Partners.', 'Figtree Partners', 'Figtree Partners'],
    [
      'two halves joined by "and"',
      'They went to the Australian Competition and Consumer Commission on Monday.',
      'Australian Competition and Consumer Commission',
      'Australian Competition and Consumer Commission',
    ],
  ])('%s', (_, text, mention, canonical) => {
    expect(names(text)).toEqual([[mention, canonical]]);
  });
});

describe('recogniseCompanies: tickers', () => {
  it("keeps an exchange's suffix in the ticker, not as a name of its own", () => {
    const text =
      'Sources said that Barclays (LSE: BARC.L - news) would cut jobs, while shares in Amgen Inc (AMGN.O) rose ' +
      'on Thursday and the board of Beiersdorf (BEI.DE) met.';
    expect(names(text)).toEqual([
      ['Barclays', 'Barclays'],
      ['LSE', 'LSE'],
      ['BARC.L', 'BARC.L'],
      ['Amgen Inc', 'Amgen'],
      ['AMGN.O', 'AMGN.O'],
      ['Beiersdorf', 'Beiersdorf'],
      ['BEI.DE', 'BEI.DE'],
    ]);
  });
});

describe('recogniseCompanies: what is not a company', () => {
  it.each([
    ['people', 'Sam Altman and Ben Thompson spoke.'],
    ['places', 'Officials in London and Beijing met in Texas.'],
    ['products', 'ChatGPT, Gemini and Nano Banana users.'],
    ['generic acronyms', 'The AI CEO planned an IPO with an API.'],
    ['capitalised words at sentence start', 'Furthermore, the plan failed. Recognizing this, they left.'],
    ['a name in quotes', 'declared an urgent "Code Red" plan'],
    ['a surname that is also a company', 'Prime Minister Tony Abbott spoke, and Mr Abbott left.'],
    ['a large city that is also a company', 'Officials in south Sydney met in Sydney.'],
    ['a country by its own name', 'Sales rose in Deutschland and Italia, and fell in the Estados Unidos.'],
    ['a stock index', 'the Nasdaq Composite lost 25 points, the Shanghai Composite Index fell and the Nikkei 225 Stock Average rose'],
    ['an amount in a foreign dollar', 'prices stay at $US44.10 a tonne, or HK$340 in Hong Kong'],
    ['an initialism the text defines as a product', 'Our Customer Engagement Platform (CEP) grew. Users like CEP.'],
    ['the end of another name', 'the White House said on Tuesday'],
    ['laws, events and awards', 'the Homebuyers Assistance Act passed before the Global Entrepreneurship Summit'],
    ['an index or product with its number', 'The Euro Stoxx 50 rose while Nova Phone 3 sold out.'],
    ['a quarter', 'results for 2Q15 and 3Q15 beat forecasts'],
    ['a quarter before a business word', 'We looked at the consolidated 2Q15 earnings and 3Q2015 sales.'],
    ['people by first names beyond the common English ones', 'She met Ghislaine Maxwell and Peyton Manning, then Carsten Fritsch.'],
    ['a capitalised word opening a quoted sentence', '“Although Berm residents stayed, few came,” she said. “Entonces Pancha left.”'],
    ['a person after a title or a place', 'said Deputy Administrator Jim Bridenstine, as did the special envoy for Ukraine Kurt Volker.'],
  ])('%s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('recogniseCompanies: names the text has given before', () => {
  it('finds a company again where it stands alone, and by the first word of its name', () => {
    expect(names('Transfield Services runs the centres. Investors sold Transfield after the report.')).toEqual([
      ['Transfield Services', 'Transfield Services'],
      ['Transfield', 'Transfield Services'],
    ]);
  });
  it('reads an unknown name set beside a company as one', () => {
    expect(names('3D Systems generates less revenue than Stratasys.').map(([t]) => t)).toEqual(['3D Systems', 'Stratasys']);
    expect(names('Shoppers at Woolworths and Coles paid more.').map(([t]) => t)).toEqual(['Woolworths', 'Coles']);
  });
  it('leaves a person named beside a company alone', () => {
    expect(names('Executives from Google and Sarah spoke.').map(([t]) => t)).toEqual(['Google']);
  });
});

describe('recogniseCompanies: a text that capitalises its nouns', () => {
  const german =
    'Der Bau von Heereslastwagen begann im Werk in Braunschweig, und die Angaben von Fachleuten ' +
    'sind sich nicht einig, wie viele Fahrzeuge es waren. Nach dem Krieg wurde die Produktion der ' +
    'Schweren Lastwagen mit einer neuen Bauart wieder aufgenommen, auch für die Feuerwehr. Die ' +
    'Siemens AG lieferte die Motoren für das Werk.';

  it('does not take a run of capitalised nouns for a name, and still finds named companies', () => {
    expect(capitalisesNouns(german)).toBe(true);
    expect(names(german)).toEqual([['Siemens AG', 'Siemens']]);
  });

  it('takes an initialism for a company only as a company short form, and bracketed capitals for no ticker', () => {
    const text =
      `${german} Die Ökotierzucht gGmbH (ÖTZ) zieht die Hähne auf, und die ÖTZ verkauft sie. Der LKW ` +
      'fährt mit 200 PS. Die Telematikinfrastruktur (TI) ist noch nicht fertig, wie die TI mitteilt.';
    expect(names(text)).toEqual([
      ['Siemens AG', 'Siemens'],
      ['Ökotierzucht gGmbH', 'Ökotierzucht'],
      ['ÖTZ', 'ÖTZ'],
      ['ÖTZ', 'ÖTZ'],
    ]);
  });

  it('leaves English, and a text too short to tell, as they were', () => {
    const english =
      'Shares of Sports Direct rose after the retailer said it would buy the Motley Fool, and analysts ' +
      'at the bank expect the deal to close this year, according to people familiar with the matter ' +
      'who asked not to be named because the talks are private.';
    expect(capitalisesNouns(english)).toBe(false);
    expect(names(english).map(([, name]) => name)).toContain('Sports Direct');
    expect(capitalisesNouns('Der Bau von Heereslastwagen begann.')).toBe(false);
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
