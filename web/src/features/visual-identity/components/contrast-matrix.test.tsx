import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ContrastMatrix } from '@/lib/api/types';
import { ContrastMatrixView, type MatrixEntry } from './contrast-matrix';

const entries: MatrixEntry[] = [
  { role: 'text', name: 'Ink', hex: '#111827' },
  { role: 'background', name: 'Paper', hex: '#FFFFFF' },
  { role: 'accent', name: '', hex: '#FF7557' },
];

// As the server answers for this palette: every colour as text on the two fill colours.
const matrix: ContrastMatrix = {
  texts: [0, 1, 2],
  backgrounds: [1, 2],
  failing: 2,
  cells: [
    { text_index: 0, background_index: 1, text_hex: '#111827', background_hex: '#FFFFFF', ratio: 17.74, normal: 'aaa', large: 'aaa', aa_normal: true, aa_large: true, aaa_normal: true, aaa_large: true, suggestion: null },
    { text_index: 0, background_index: 2, text_hex: '#111827', background_hex: '#FF7557', ratio: 7.05, normal: 'aaa', large: 'aaa', aa_normal: true, aa_large: true, aaa_normal: true, aaa_large: true, suggestion: null },
    {
      text_index: 1,
      background_index: 2,
      text_hex: '#FFFFFF',
      background_hex: '#FF7557',
      ratio: 2.52,
      normal: 'fail',
      large: 'fail',
      aa_normal: false,
      aa_large: false,
      aaa_normal: false,
      aaa_large: false,
      suggestion: { hex: '#3B3B3B', ratio: 4.53, delta_e: 70.1 },
    },
    {
      text_index: 2,
      background_index: 1,
      text_hex: '#FF7557',
      background_hex: '#FFFFFF',
      ratio: 2.52,
      normal: 'fail',
      large: 'fail',
      aa_normal: false,
      aa_large: false,
      aaa_normal: false,
      aaa_large: false,
      suggestion: { hex: '#C2401F', ratio: 4.56, delta_e: 12.3 },
    },
  ],
};

describe('ContrastMatrixView', () => {
  it('lays out text rows against fill columns with ratios and levels', () => {
    render(<ContrastMatrixView entries={entries} matrix={matrix} />);
    const table = screen.getByRole('table');
    const columns = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(columns).toEqual(['Paper (Background)', 'Accent']);
    const rows = within(table).getAllByRole('rowheader').map((h) => h.textContent);
    expect(rows).toEqual(['Ink (Text)', 'Paper (Background)', 'Accent']);

    expect(screen.getByText(/2/, { selector: 'strong' }).parentElement).toHaveTextContent('2 of 4 pairs fail AA for normal text');
    expect(screen.getByText('17.74:1', { exact: false })).toBeInTheDocument();
    expect(screen.getAllByLabelText('Normal: passes AAA')).toHaveLength(2);
    expect(screen.getAllByLabelText('Large: fails AA')).toHaveLength(2);
    // Paper on Paper is the same entry: no cell.
    expect(screen.getAllByLabelText('Same colour')).toHaveLength(2);
  });

  it('offers the nearest passing shade of a failing pair and applies it in one click', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    render(<ContrastMatrixView entries={entries} matrix={matrix} onApply={onApply} />);
    expect(screen.getAllByRole('button', { name: /^Use / })).toHaveLength(2);
    expect(screen.getByText('#C2401F')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use #C2401F for Accent: 4.56 to 1 on Paper (Background)' }));
    expect(onApply).toHaveBeenCalledWith(2, '#C2401F');
  });

  it('says so when every pair passes, and offers nothing to apply without a handler', () => {
    const passing: ContrastMatrix = { ...matrix, failing: 0, cells: matrix.cells.slice(0, 2) };
    render(<ContrastMatrixView entries={entries} matrix={passing} />);
    expect(screen.getByText('Every pair passes AA for normal text.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
