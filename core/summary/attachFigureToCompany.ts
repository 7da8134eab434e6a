// Which company a figure is about, from the structure of its sentence:
// 1. a possessive right before it ("OpenAI's 800 million users");
// 2. a company named in the same clause, nearest before the figure;
// 3. the company the sentence opens with, its subject ("Google's Gemini ... grew from 450 million");
// 4. for "it", "its", "the company" and the like with no company in the sentence, the subject of
//    the sentence before.
// Proximity alone never decides: a company named after the figure in another clause is not it,
// and a company that only reports a figure about something else is not its owner ("Acme
// estimates the market will grow to $41 billion").

import { runToEnd, STEP, type Steps } from '../steps';
import { bySentenceSteps, sentenceIndexAt } from '../text/sentenceIndex';
import type { CompanyMention, Figure, Span } from '../types';

const CLAUSE_BREAK = /[;:—–]|,\s+(?:but|while|whereas|although|though|and|which|who)\b|\b(?:but|while|whereas|although)\b/gi;
const BACK_REFERENCE =
  /\b(?:it|its|the (?:[^\s.]+ ){0,3}(?:company|firm|group|startup|start-up|lender|bank|carmaker|chipmaker|retailer|unicorn|giant|maker))\b/i;

/**
 * A company's reporting verb and a clause with a subject of its own after it: "estimates the
 * market", "said that a rival". Where that subject points back to the company ("said its
 * revenue"), the figure is still the company's.
 */
const REPORTS_ON =
  /^\s*(?:(?:said|says|estimates?|estimated|expects?|expected|forecasts?|predicts?|predicted|believes?|thinks?|reckons?|projects?|projected)\s+(?:that\s+)?)(?:the|a|an|this|these)\s/i;

/** Whether the company `m` only reports what comes after it, about something else. */
function reportsOnAnother(text: string, m: CompanyMention, figureStart: number): boolean {
  const between = text.slice(m.end, figureStart);
  const verb = REPORTS_ON.exec(between);
  return (
    !!verb &&
    !BACK_REFERENCE.test(
      between
        .slice(verb[0].length - 1, verb[0].length + 40)
        .split(/\s+/)
        .slice(0, 5)
        .join(' '),
    )
  );
}

const OWNER_AFTER = /^[^,;]{0,40}?\b(?:in|at|of|from|for|by)\s+(?:the\s+)?$/i;

function clauseBounds(sentence: Span, at: number, text: string): [number, number] {
  let start = sentence.start;
  let end = sentence.end;
  const body = text.slice(sentence.start, sentence.end);
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(body); m !== null; m = CLAUSE_BREAK.exec(body)) {
    const pos = sentence.start + m.index;
    if (pos < at) start = pos;
    else {
      end = pos;
      break;
    }
  }
  return [start, end];
}

/**
 * The span of an apposition after a sentence's opening company ("Anthropic, founded by former
 * OpenAI members, ..."): companies named there are not the subject's figures' owners.
 */
function appositionAfterSubject(text: string, sentence: Span, here: CompanyMention[]): [number, number] {
  const first = here[0];
  if (!first || first.start - sentence.start > 4 || text[first.end] !== ',') return [0, 0];
  const close = text.indexOf(',', first.end + 1);
  return close === -1 || close > sentence.end ? [0, 0] : [first.end, close];
}

/**
 * Attaches each figure to a company where the sentence tells which; returns the company's
 * canonical name per figure (undefined where none can be told).
 */
export function attachFiguresToCompanies(
  text: string,
  sentences: Span[],
  figures: Figure[],
  mentions: CompanyMention[],
): Array<string | undefined> {
  return runToEnd(attachFiguresSteps(text, sentences, figures, mentions));
}

export function* attachFiguresSteps(
  text: string,
  sentences: Span[],
  figures: Figure[],
  mentions: CompanyMention[],
): Steps<Array<string | undefined>> {
  const mentionsBySentence = yield* bySentenceSteps(sentences, mentions);
  const inSentence = (index: number): CompanyMention[] => mentionsBySentence[index] ?? [];

  const ownerOf = (figure: Figure): string | undefined => {
    // A date says when, not whose.
    if (figure.kind === 'date') return undefined;
    const index = sentenceIndexAt(sentences, figure.start);
    const sentence = sentences[index];
    if (!sentence) return undefined;
    const here = inSentence(index);
    const apposition = appositionAfterSubject(text, sentence, here);
    const before = here.filter((m) => m.end <= figure.start && !(m.start >= apposition[0] && m.end <= apposition[1]));
    const last = before[before.length - 1];
    if (last && /['’]s?$/.test(last.text) && /^\s*(?:[\w-]+\s+){0,2}$/.test(text.slice(last.end, figure.start))) {
      return last.name;
    }
    const [clauseStart, clauseEnd] = clauseBounds(sentence, figure.start, text);
    const inClause = before.filter((m) => m.start >= clauseStart);
    const nearest = inClause[inClause.length - 1];
    if (nearest) return reportsOnAnother(text, nearest, figure.start) ? undefined : nearest.name;
    const first = here[0];
    if (first && first.start < figure.start) return first.name;
    // A company right after the figure, joined by a preposition ("a 5% stake in Acme"); not one
    // that reports it in another phrase ("3.2%, the Labor Department said"; "after OPEC cut").
    const after = here.find((m) => m.start >= figure.end && m.end <= clauseEnd && OWNER_AFTER.test(text.slice(figure.end, m.start)));
    if (after) return after.name;
    if (here.length === 0 && BACK_REFERENCE.test(text.slice(sentence.start, sentence.end))) {
      for (let k = index - 1; k >= Math.max(0, index - 2); k--) {
        const previous = inSentence(k);
        if (previous[0]) return previous[0].name;
      }
    }
    return undefined;
  };
  const owners: Array<string | undefined> = [];
  for (const figure of figures) {
    owners.push(ownerOf(figure));
    if (owners.length % STEP === 0) yield;
  }
  return owners;
}
