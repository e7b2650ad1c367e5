import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { WordCount, countWords, wordCountState } from './word-count';

function Pitch({ target }: { target: number }) {
  const [text, setText] = useState('');
  return (
    <>
      <label htmlFor="p">Pitch</label>
      <textarea id="p" value={text} onChange={(e) => setText(e.target.value)} />
      <WordCount text={text} target={target} />
    </>
  );
}

describe('word counts', () => {
  it('counts words, not spaces or punctuation', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   ')).toBe(0);
    expect(countWords('Coffee, carefully.')).toBe(2);
    expect(countWords('Roasted  on\nMonday — delivered by Friday')).toBe(6);
    expect(countWords('Café au lait 24/7')).toBe(4);
  });

  it('places a count against its target', () => {
    expect(wordCountState(0, 25)).toBe('empty');
    expect(wordCountState(10, 25)).toBe('short');
    expect(wordCountState(20, 25)).toBe('fits');
    expect(wordCountState(25, 25)).toBe('fits');
    expect(wordCountState(26, 25)).toBe('over');
  });

  it('updates live as the pitch is typed and says how far over it is', async () => {
    const user = userEvent.setup();
    render(<Pitch target={3} />);
    expect(screen.getByText('0 / 3 words')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Pitch'), 'We roast beans');
    expect(screen.getByText('3 / 3 words')).toHaveClass('text-success-ink');
    await user.type(screen.getByLabelText('Pitch'), ' weekly');
    expect(screen.getByText('4 / 3 words · 1 over')).toHaveClass('text-warning-ink');
  });
});
