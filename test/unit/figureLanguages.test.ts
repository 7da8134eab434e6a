// Figures as German, French, Spanish, Italian, Portuguese and Dutch write them (issue 25), and
// the English forms of issue 21: each read whole, with its value and currency.
import { describe, expect, it } from 'vitest';
import type { FigureLang } from '../../core/figures/languages';
import { recogniseFigures } from '../../core/figures/recogniseFigures';

const find = (text: string, lang: FigureLang) =>
  recogniseFigures(text, undefined, lang).map((f) => [f.text, f.kind, f.value, f.unit] as const);

describe.each<[FigureLang, Array<[string, string, string, number, string | undefined]>]>([
  [
    'de',
    [
      ['Siemens zahlt 4,70 € je Aktie', '4,70 €', 'money', 4.7, 'EUR'],
      ['ein Plus von 12,5 Prozent', '12,5 Prozent', 'percent', 12.5, '%'],
      ['Gewinn von 1,2 Mrd. Euro', '1,2 Mrd. Euro', 'money', 1.2e9, 'EUR'],
      ['mit 0,5 Promille am Steuer', '0,5 Promille', 'percent', 0.5, '‰'],
      ['der Umsatz stieg auf 77,8 Milliarden Euro', '77,8 Milliarden Euro', 'money', 77.8e9, 'EUR'],
      ['Kosten von EUR 12 500 im Jahr', 'EUR 12 500', 'money', 12_500, 'EUR'],
      ['ein Kaffee für CHF 3.50', 'CHF 3.50', 'money', 3.5, 'CHF'],
      ['ein Menü für Fr. 120.– pro Person', 'Fr. 120.–', 'money', 120, 'CHF'],
      ['rund 1.234.567,89 € Schaden', '1.234.567,89 €', 'money', 1_234_567.89, 'EUR'],
      ['zwei Euro und fünfzig Cent', 'zwei Euro und fünfzig Cent', 'money', 2.5, 'EUR'],
      ['einhundertneunundneunzig Prozent', 'einhundertneunundneunzig Prozent', 'percent', 199, '%'],
      ['30 kambodschanische Riel', '30 kambodschanische Riel', 'money', 30, 'KHR'],
      ['ein Anstieg um 3 Prozentpunkte', '3 Prozentpunkte', 'percent', 3, 'pp'],
      ['der Anteil lag bei 45\u00a0%', '45\u00a0%', 'percent', 45, '%'],
      ['2,5 Mio USD', '2,5 Mio USD', 'money', 2.5e6, 'USD'],
      ['drei Fünftel Prozent', 'drei Fünftel Prozent', 'percent', 0.6, '%'],
      ['ein Verlust von eineinhalb Milliarden Euro', 'eineinhalb Milliarden Euro', 'money', 1.5e9, 'EUR'],
      ['zweieinhalb Prozent mehr', 'zweieinhalb Prozent', 'percent', 2.5, '%'],
      ['anderthalb Millionen Euro', 'anderthalb Millionen Euro', 'money', 1.5e6, 'EUR'],
    ],
  ],
  [
    'fr',
    [
      ['un bénéfice de 5,4 milliards de dollars', '5,4 milliards de dollars', 'money', 5.4e9, 'USD'],
      ['une hausse de 5 p. 100', '5 p. 100', 'percent', 5, '%'],
      ['un contrat de 300 millions de $', '300 millions de $', 'money', 3e8, 'USD'],
      ['il a payé 12\u202f500 € en 2024', '12\u202f500 €', 'money', 12_500, 'EUR'],
      ['treize euros et quarante-cinq cents', 'treize euros et quarante-cinq cents', 'money', 13.45, 'EUR'],
      ['quatre-vingt-dix-sept pour cent', 'quatre-vingt-dix-sept pour cent', 'percent', 97, '%'],
      ['10000 francs suisses', '10000 francs suisses', 'money', 10_000, 'CHF'],
      ['125 millions de dollars australiens', '125 millions de dollars australiens', 'money', 1.25e8, 'AUD'],
      ['une hausse de 2,5 %', '2,5 %', 'percent', 2.5, '%'],
      ['un prêt de 10 millions de francs CFA', '10 millions de francs CFA', 'money', 1e7, 'XOF'],
      ['deux millions et demi d’euros', 'deux millions et demi d’euros', 'money', 2.5e6, 'EUR'],
      ['un quart pour cent', 'un quart pour cent', 'percent', 0.25, '%'],
    ],
  ],
  [
    'es',
    [
      ['un contrato de 1,6 millones de dólares', '1,6 millones de dólares', 'money', 1.6e6, 'USD'],
      ['unos $ 2 mil millones', '$ 2 mil millones', 'money', 2e9, 'USD'],
      ['una multa de $250.000', '$250.000', 'money', 250_000, 'USD'],
      ['6,65 mil millones de pesetas', '6,65 mil millones de pesetas', 'money', 6.65e9, 'ESP'],
      ['treinta y seis por ciento', 'treinta y seis por ciento', 'percent', 36, '%'],
      ['el cien por cien', 'cien por cien', 'percent', 100, '%'],
      [
        'tres millones cincuenta y dos mil trescientos cuarenta y siete por ciento',
        'tres millones cincuenta y dos mil trescientos cuarenta y siete por ciento',
        'percent',
        3_052_347,
        '%',
      ],
      ['cuarenta y siete coma veintiocho por ciento', 'cuarenta y siete coma veintiocho por ciento', 'percent', 47.28, '%'],
      ['un millón y medio de euros', 'un millón y medio de euros', 'money', 1.5e6, 'EUR'],
      ['dos mil millones y medio de euros', 'dos mil millones y medio de euros', 'money', 2.5e9, 'EUR'],
      ['unos 2 millones y medio de dólares', '2 millones y medio de dólares', 'money', 2.5e6, 'USD'],
      ['el contrato de U$D 10 mil millones', 'U$D 10 mil millones', 'money', 1e10, 'USD'],
      ['tres quintos por ciento', 'tres quintos por ciento', 'percent', 0.6, '%'],
      ['ciento treinta con dos quintos por ciento', 'ciento treinta con dos quintos por ciento', 'percent', 130.4, '%'],
      ['un contrato de U$S 10 mil millones', 'U$S 10 mil millones', 'money', 1e10, 'USD'],
      ['1e10%', '1e10%', 'percent', 1e10, '%'],
      ['una inversión de 2 mil mdd', '2 mil mdd', 'money', 2e9, 'USD'],
      ['un gasto de 450 mdp', '450 mdp', 'money', 4.5e8, 'MXN'],
      ['el paro subió un 5 por 100', '5 por 100', 'percent', 5, '%'],
      ['una tasa del 3 por mil', '3 por mil', 'percent', 3, '‰'],
    ],
  ],
  [
    'it',
    [
      ['vendite per $ 1,45 miliardi', '$ 1,45 miliardi', 'money', 1.45e9, 'USD'],
      ['20 miliardi di franchi', '20 miliardi di franchi', 'money', 2e10, 'CHF'],
      ['costa solo 15 dollari e 15 centesimi', '15 dollari e 15 centesimi', 'money', 15.15, 'USD'],
      ['un aumento dell’8 percento', '8 percento', 'percent', 8, '%'],
      ['duemilatrecento euro', 'duemilatrecento euro', 'money', 2300, 'EUR'],
      ['due milioni e mezzo di euro', 'due milioni e mezzo di euro', 'money', 2.5e6, 'EUR'],
      ['tre quinti per cento', 'tre quinti per cento', 'percent', 0.6, '%'],
      ['costa venti centesimi', 'venti centesimi', 'money', 0.2, 'EUR'],
    ],
  ],
  [
    'pt',
    [
      ['um total de $ 35 milhões', '$ 35 milhões', 'money', 3.5e7, 'USD'],
      ['um bilhão de dólares', 'um bilhão de dólares', 'money', 1e9, 'USD'],
      ['custa apenas 3 euros com 99 centavos', '3 euros com 99 centavos', 'money', 3.99, 'EUR'],
      ['R$ 1.234,56 por mês', 'R$ 1.234,56', 'money', 1234.56, 'BRL'],
      ['vinte e cinco por cento', 'vinte e cinco por cento', 'percent', 25, '%'],
      ['dois vírgula cinco por cento', 'dois vírgula cinco por cento', 'percent', 2.5, '%'],
      ['dois e meio por cento', 'dois e meio por cento', 'percent', 2.5, '%'],
      ['um terço por cento', 'um terço por cento', 'percent', 0.333333333333333, '%'],
    ],
  ],
  [
    'nl',
    [
      ['een winst van € 4,5 miljoen', '€ 4,5 miljoen', 'money', 4.5e6, 'EUR'],
      ['de omzet steeg 3,2 procent', '3,2 procent', 'percent', 3.2, '%'],
      ['tweehonderdduizend euro', 'tweehonderdduizend euro', 'money', 200_000, 'EUR'],
      ['cad$ 15', 'cad$ 15', 'money', 15, 'CAD'],
      ['drie vijfde procent', 'drie vijfde procent', 'percent', 0.6, '%'],
      ['tweeënhalf procent', 'tweeënhalf procent', 'percent', 2.5, '%'],
    ],
  ],
])('%s', (lang, cases) => {
  it.each(cases)('%s → %s', (text, figure, kind, value, unit) => {
    expect(find(text, lang)).toContainEqual([figure, kind, value, unit]);
  });
});

describe('English forms of issue 21', () => {
  it.each<[string, string, string, number | undefined, string | undefined]>([
    ['sold for 420 million Finnish markka', '420 million Finnish markka', 'money', 420_000_000, 'FIM'],
    ['worth 250 million Dutch guilders', '250 million Dutch guilders', 'money', 250_000_000, 'NLG'],
    ['raised 5 billion Hong Kong dollars', '5 billion Hong Kong dollars', 'money', 5e9, 'HKD'],
    ['a 12-cent-a-share dividend', '12-cent', 'money', 0.12, 'USD'],
    ['it cost one penny', 'one penny', 'money', 0.01, 'GBP'],
    ['it costs 3 dollars 50 cents', '3 dollars 50 cents', 'money', 3.5, 'USD'],
    ['thirteen dollars and forty-five cents', 'thirteen dollars and forty-five cents', 'money', 13.45, 'USD'],
    ['two hundred and two thousand people', 'two hundred and two thousand', 'count', 202_000, undefined],
    ['one million two thousand two hundred', 'one million two thousand two hundred', 'count', 1_002_200, undefined],
    ['twenty-one trillion three hundred', 'twenty-one trillion three hundred', 'count', 21_000_000_000_300, undefined],
    ['a rise of 100 percentage', '100 percentage', 'percent', 100, '%'],
    ['about 5 percents', '5 percents', 'percent', 5, '%'],
    ['up 4 pct', '4 pct', 'percent', 4, '%'],
    ['it costs 100元', '100元', 'money', 100, 'CNY'],
    ['a bill of 100,000 ₭', '100,000 ₭', 'money', 100_000, 'LAK'],
    ['one and a half million dollars', 'one and a half million dollars', 'money', 1.5e6, 'USD'],
    ['two and three quarters percent', 'two and three quarters percent', 'percent', 2.75, '%'],
    ['a half percent', 'a half percent', 'percent', 0.5, '%'],
    ['a quarter billion dollars', 'a quarter billion dollars', 'money', 2.5e8, 'USD'],
    ['3 million and a half dollars', '3 million and a half dollars', 'money', 3.5e6, 'USD'],
    ['one over four percent', 'one over four percent', 'percent', 0.25, '%'],
    ['rates of 2.5e-3 percent', '2.5e-3 percent', 'percent', 0.0025, '%'],
    ['a hundred thousand trillionths', 'a hundred thousand trillionths', 'count', 1e-7, undefined],
  ])('%s → %s', (text, figure, kind, value, unit) => {
    expect(find(text, 'en')).toContainEqual([figure, kind, value, unit]);
  });
});

describe('a fraction before what it is a part of', () => {
  it.each<[FigureLang, string, string, string, number, string]>([
    ['en', 'a deal worth half a billion dollars', 'half a billion dollars', 'money', 5e8, 'USD'],
    ['en', 'a quarter of a million dollars', 'a quarter of a million dollars', 'money', 250_000, 'USD'],
    ['en', 'the Fed cut by a quarter of a percentage point', 'a quarter of a percentage point', 'percent', 0.25, 'pp'],
    ['en', 'rates rose half a percentage point', 'half a percentage point', 'percent', 0.5, 'pp'],
    ['en', 'inflation of half of one percent', 'half of one percent', 'percent', 0.5, '%'],
    ['en', 'two-thirds of a percentage point', 'two-thirds of a percentage point', 'percent', 0.666666666666667, 'pp'],
    ['es', 'medio millón de euros', 'medio millón de euros', 'money', 500_000, 'EUR'],
    ['es', 'un cuarto de millón de dólares', 'un cuarto de millón de dólares', 'money', 250_000, 'USD'],
    ['fr', 'un demi-point de pourcentage', 'un demi-point de pourcentage', 'percent', 0.5, 'pp'],
    ['it', 'mezzo milione di euro', 'mezzo milione di euro', 'money', 500_000, 'EUR'],
    ['pt', 'meio ponto percentual', 'meio ponto percentual', 'percent', 0.5, 'pp'],
  ])('%s: %s', (lang, text, figure, kind, value, unit) => {
    expect(find(text, lang)).toContainEqual([figure, kind, value, unit]);
  });

  it.each<[FigureLang, string]>([
    ['en', 'half the people came, half a dozen stayed'],
    ['es', 'en medio de la crisis'],
    ['fr', 'un tiers de la population'],
  ])('%s: %s holds no figure', (lang, text) => {
    expect(find(text, lang)).toEqual([]);
  });
});

describe('a range whose first end leaves its scale to the second', () => {
  it.each<[FigureLang, string, Array<[string, number, string]>]>([
    [
      'en',
      'a fine of $5-$10 million',
      [
        ['$5', 5e6, 'USD'],
        ['$10 million', 1e7, 'USD'],
      ],
    ],
    [
      'en',
      'between $5 and $10 million',
      [
        ['$5', 5e6, 'USD'],
        ['$10 million', 1e7, 'USD'],
      ],
    ],
    [
      'en',
      'it costs $5-10 million',
      [
        ['$5', 5e6, 'USD'],
        ['10 million', 1e7, 'USD'],
      ],
    ],
    [
      'en',
      '$12–16k per episode',
      [
        ['$12', 12_000, 'USD'],
        ['16k', 16_000, 'USD'],
      ],
    ],
    [
      'de',
      'ein Schaden von €5 bis 10 Mio.',
      [
        ['€5', 5e6, 'EUR'],
        ['10 Mio.', 1e7, 'EUR'],
      ],
    ],
    // Its own scale, or a second end below the first: nothing to take.
    [
      'en',
      '$5 million to $10 million',
      [
        ['$5 million', 5e6, 'USD'],
        ['$10 million', 1e7, 'USD'],
      ],
    ],
    [
      'en',
      'paid $50 and $3 million',
      [
        ['$50', 50, 'USD'],
        ['$3 million', 3e6, 'USD'],
      ],
    ],
  ])('%s: %s', (lang, text, figures) => {
    expect(recogniseFigures(text, undefined, lang).map((f) => [f.text, f.value, f.unit])).toEqual(figures);
  });
});

describe('a figure never shows another number than the text', () => {
  it.each<[FigureLang, string, string[]]>([
    ['de', 'Siemens zahlt 4,70 € je Aktie', ['4,70 €']],
    ['de', 'ein Plus von 12,5 Prozent', ['12,5 Prozent']],
    ['en', 'Siemens pays 4,70 € a share', ['4,70 €']],
    ['en', 'a rise of 12,5 percent', ['12,5 percent']],
    ['de', 'am 12.03.2024 um 10.30 Uhr', []],
    ['en', 'version 1.2.3 and 10.0.0.1', []],
    ['es', '1,1^23 por ciento', ['1,1^23 por ciento']],
    ['pt', 'um sobre tres por cento', ['um sobre tres por cento']],
    ['en', 'serial 3e10 and code 2^8', []],
    ['en', 'a million over three years', ['a million']],
    ['en', 'one million out of seven million', ['one million', 'seven million']],
    ['en', '$2 million and half of it', ['$2 million']],
    ['en', '$5 billion and a half-point cut', ['$5 billion']],
    ['en', 'a third billion-dollar deal', []],
    // Not a billion: half of one.
    ['en', 'half a billion dollars', ['half a billion dollars']],
    ['en', 'a fee of $10-million', ['$10-million']],
    // An adjective of a currency's name is no currency (`nuovo siclo`, `un nouveau dollar`).
    ['it', 'da 10 a 16 nuovi nati', []],
    ['fr', 'un nouveau rapport', []],
    // Words that CLDR also gives as a currency's sign (the denar's `den`, the leu's `ley` and `lei`).
    ['de', 'am Montag, den 11. Mai', []],
    ['es', 'aprobó una ley nueva', []],
    ['pt', 'a lei 5 entrou em vigor', []],
    ['en', 'it streams in 720p for 50p', ['50p']],
    ['en', 'a 300-pound lineman', []],
    // Pounds after a number are a weight in news; the money has its sign.
    ['en', 'agents found 475 pounds of cocaine and £475 in cash', ['475 pounds', '£475']],
    // A letter written onto digits is a scale for money only: models and measures are no counts.
    ['en', 'a 4K TV, a 3.5mm jack, the Block 1B rocket, an i7 4790k and a 7m statue for a $5K bonus', ['$5K']],
    ['de', 'eines Bio-Siegels', []],
    ['es', '3 millones con medios propios', ['3 millones']],
    ['en', 'a rate of 1e999%', []],
    ['de', 'Auskunft unter Tel. 02382 59743, Post an die PLZ 01067 Dresden', []],
    ['en', 'call 020 7946 0958 for $0.50 a minute', ['$0.50']],
    ['en', 'see http://example.com/a%20b?x=25%2D10 for 3% more', ['3%']],
    ['de', '1,234.56 € in einem deutschen Text', []],
  ])('%s: %s', (lang, text, figures) => {
    expect(recogniseFigures(text, undefined, lang).map((f) => f.text)).toEqual(figures);
  });
});
