import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { ToneSlider, toneDescription } from './tone-slider';

function Controlled({ initial, onChange }: { initial: number; onChange?: (v: number) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <ToneSlider
      left="Formal"
      right="Casual"
      value={value}
      onChange={(v) => {
        setValue(v);
        onChange?.(v);
      }}
    />
  );
}

describe('ToneSlider', () => {
  it('labels both ends and describes the position in words', () => {
    render(<Controlled initial={50} />);
    const slider = screen.getByRole('slider', { name: 'Formal – Casual' });
    expect(slider).toHaveValue('50');
    expect(slider).toHaveAttribute('aria-valuetext', 'Balanced (50 of 100)');
    expect(screen.getAllByText('Formal').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Casual').length).toBeGreaterThan(0);
  });

  it('reports a moved value as a number and describes it', () => {
    const onChange = vi.fn();
    render(<Controlled initial={50} onChange={onChange} />);
    const slider = screen.getByRole('slider', { name: 'Formal – Casual' });
    expect(slider).toHaveAttribute('step', '5');
    fireEvent.change(slider, { target: { value: '90' } });
    expect(onChange).toHaveBeenLastCalledWith(90);
    expect(slider).toHaveAttribute('aria-valuetext', 'Very casual (90 of 100)');
  });

  it('reads each stretch of the axis', () => {
    expect(toneDescription(0, 'Serious', 'Playful')).toBe('Very serious');
    expect(toneDescription(30, 'Serious', 'Playful')).toBe('Leaning serious');
    expect(toneDescription(55, 'Serious', 'Playful')).toBe('Balanced');
    expect(toneDescription(70, 'Serious', 'Playful')).toBe('Leaning playful');
    expect(toneDescription(100, 'Serious', 'Playful')).toBe('Very playful');
  });
});
