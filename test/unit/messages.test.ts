// The background reads article text only from messages of the right shape.
import { describe, expect, it } from 'vitest';
import { isAnalyseTextMessage, isLedeMessage } from '../../utils/messages';

describe('messages', () => {
  it('takes a text to analyse only with its text and title as strings', () => {
    expect(isAnalyseTextMessage({ type: 'lede:analyse-text', text: 'Acme rose 5%.', title: 'Acme' })).toBe(true);
    expect(isAnalyseTextMessage({ type: 'lede:analyse-text', text: 'Acme rose 5%.' })).toBe(false);
    expect(isAnalyseTextMessage({ type: 'lede:analyse-text', text: 42, title: '' })).toBe(false);
    expect(isAnalyseTextMessage({ type: 'lede:badge', count: 3 })).toBe(false);
    expect(isAnalyseTextMessage(null)).toBe(false);
    expect(isAnalyseTextMessage('lede:analyse-text')).toBe(false);
  });

  it('does not take a text to analyse for one of the contract messages the content script answers', () => {
    expect(isLedeMessage({ type: 'lede:analyse-text', text: '', title: '' })).toBe(false);
  });
});
