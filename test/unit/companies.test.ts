import { describe, expect, it } from 'vitest';
import { recogniseCompanies } from '../../core/companies/recogniseCompanies';

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
    ['a ticker', 'Quillfeather (NASDAQ: QFTR) rose.', 'Quillfeather', 'Quillfeather'],
    ['shares of', 'Investors bought shares of Brightwater after the call.', 'Brightwater', 'Brightwater'],
    ['chief executive of', 'said the chief executive of Norvane on Monday', 'Norvane', 'Norvane'],
  ])('%s', (_, text, mention, canonical) => {
    expect(names(text)).toEqual([[mention, canonical]]);
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
  ])('%s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});
