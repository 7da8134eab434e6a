import { describe, expect, it } from 'vitest';
import { recogniseEntities } from '../../core/analyzeText';
import { detectLanguage, pageLanguage, primaryLanguage, textLanguage } from '../../core/text/language';

// Short news paragraphs written for these tests, one per language.
const TEXTS: Record<string, string> = {
  en: 'The company said on Tuesday that its profit rose in the third quarter, as demand for its chips from data centres grew faster than analysts had expected, and it raised its forecast for the year.',
  de: 'Das Unternehmen teilte am Dienstag mit, dass der Gewinn im dritten Quartal gestiegen sei, weil die Nachfrage nach seinen Chips aus Rechenzentren schneller wuchs, als die Analysten erwartet hatten.',
  fr: "L'entreprise a indiqué mardi que son bénéfice avait augmenté au troisième trimestre, car la demande de ses puces par les centres de données a progressé plus vite que ne le prévoyaient les analystes.",
  es: 'La empresa dijo el martes que su beneficio aumentó en el tercer trimestre, ya que la demanda de sus chips por parte de los centros de datos creció más rápido de lo que esperaban los analistas.',
  it: 'La società ha detto martedì che il suo utile è salito nel terzo trimestre, perché la domanda dei suoi chip da parte dei centri dati è cresciuta più in fretta di quanto si aspettassero gli analisti.',
  pt: 'A empresa disse na terça-feira que o seu lucro subiu no terceiro trimestre, porque a procura dos seus chips por parte dos centros de dados cresceu mais depressa do que os analistas esperavam.',
  nl: 'Het bedrijf zei dinsdag dat de winst in het derde kwartaal is gestegen, omdat de vraag naar zijn chips uit datacenters sneller groeide dan de analisten hadden verwacht, en het verhoogde zijn prognose.',
};

const SWEDISH =
  'Företaget sade på tisdagen att vinsten steg under det tredje kvartalet, eftersom efterfrågan på dess chip från datacenter växte snabbare än vad analytikerna hade väntat sig, och det höjde sin prognos.';
const POLISH =
  'Spółka poinformowała we wtorek, że jej zysk wzrósł w trzecim kwartale, ponieważ popyt na jej układy ze strony centrów danych rósł szybciej, niż oczekiwali analitycy, i podniosła swoją prognozę.';

describe('detectLanguage', () => {
  it.each(Object.entries(TEXTS))('tells %s from its function words', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('tells languages Lede does not read as such, not as the nearest one it does', () => {
    expect(detectLanguage(SWEDISH)).toBe('sv');
    expect(detectLanguage(POLISH)).toBe('pl');
  });

  it('says a text in another script is in none it knows', () => {
    expect(
      detectLanguage('該公司週二表示，由於數據中心對其芯片的需求增長快於分析師的預期，第三季度利潤有所上升。今年的預測也隨之上調。'),
    ).toBe('und');
    expect(
      detectLanguage(
        'Компания сообщила во вторник, что её прибыль выросла в третьем квартале, так как спрос на её чипы рос быстрее ожиданий.',
      ),
    ).toBe('und');
  });

  it('has nothing to say about a text too short to tell', () => {
    expect(detectLanguage('$5')).toBeNull();
    expect(detectLanguage('100元')).toBeNull();
  });
});

describe('pageLanguage', () => {
  it('trusts the declared language where the text agrees, keeping its region', () => {
    expect(pageLanguage('de-CH', TEXTS.de as string)).toBe('de-CH');
  });
  it('follows the text where the page declares another language', () => {
    expect(pageLanguage('en', TEXTS.de as string)).toBe('de');
  });
  it('trusts the declared language where the text is too short to tell', () => {
    expect(pageLanguage('fr', 'Prix : 4,70 €')).toBe('fr');
  });
  it('tells an undeclared page from its text, and gives "" where neither tells', () => {
    expect(pageLanguage('', TEXTS.es as string)).toBe('es');
    expect(pageLanguage('', 'Nur kurz')).toBe('');
  });
  it('names a language Lede does not read, whatever the page declares', () => {
    expect(pageLanguage('en', POLISH)).toBe('pl');
  });
});

describe('textLanguage and the recognisers', () => {
  it('reads a text too short to tell as English', () => {
    expect(textLanguage('100,000 ₭')).toBe('en');
    expect(primaryLanguage('pt-BR')).toBe('pt');
  });

  it('finds no figures and no companies in a language it does not read, right or nothing', () => {
    const polish = `${POLISH} Zapłacił 1 234,56 zł, a Orlen zarobił 12,5 proc. więcej.`;
    expect(recogniseEntities(polish)).toEqual({ companies: [], figures: [] });
    expect(recogniseEntities('Zysk wzrósł o 12,5%', undefined, 'pl')).toEqual({ companies: [], figures: [] });
  });

  it('reads numbers as the language given writes them', () => {
    const figure = (text: string, lang?: string) => recogniseEntities(text, undefined, lang).figures.map((f) => [f.text, f.value, f.unit]);
    expect(figure('Siemens zahlt 4,70 € je Aktie', 'de')).toEqual([['4,70 €', 4.7, 'EUR']]);
    expect(figure('Die Aktie kostet 1.234 €', 'de')).toEqual([['1.234 €', 1234, 'EUR']]);
    expect(figure('The share costs 1.234 €', 'en')).toEqual([['1.234 €', 1.234, 'EUR']]);
  });
});
