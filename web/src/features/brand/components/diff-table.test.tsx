import { render, screen, within } from '@testing-library/react';
import type { Change } from '@/lib/api/types';
import { DiffTable, formatValue } from './diff-table';

const changes: Change[] = [
  { path: 'tagline', label: 'Tagline', kind: 'changed', before: 'First words', after: 'Better words' },
  { path: 'voice.banned_terms[1].replacement', label: 'Voice › Banned terms › 2 › Replacement', kind: 'changed', before: null, after: 'working together' },
  { path: 'value_propositions[0]', label: 'Value propositions › 1', kind: 'added', before: null, after: 'Fresh every week' },
  { path: 'values[2].name', label: 'Values › 3 › Name', kind: 'removed', before: 'Candour', after: null },
];

describe('DiffTable', () => {
  it('shows one row per changed field with its label, kind and both values', () => {
    render(<DiffTable changes={changes} caption="Changes from version 1 to version 2" />);
    const table = screen.getByRole('table', { name: 'Changes from version 1 to version 2' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Field', 'Change', 'Before → after']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);

    const tagline = within(table).getByRole('rowheader', { name: 'Tagline' }).closest('tr')!;
    expect(within(tagline).getByText('Changed')).toBeInTheDocument();
    expect(within(tagline).getByText('First words')).toHaveClass('line-through');
    expect(within(tagline).getByText('Better words')).not.toHaveClass('line-through');

    const replacement = within(table).getByRole('rowheader', { name: 'Voice › Banned terms › 2 › Replacement' }).closest('tr')!;
    expect(within(replacement).getByText('—')).toBeInTheDocument();
    expect(within(replacement).getAllByRole('definition')).toHaveLength(2);
    expect(within(replacement).getByText('working together')).toBeInTheDocument();

    const added = within(table).getByRole('rowheader', { name: 'Value propositions › 1' }).closest('tr')!;
    expect(within(added).getByText('Added')).toBeInTheDocument();
    expect(within(added).getAllByRole('definition')).toHaveLength(1);
    const removed = within(table).getByRole('rowheader', { name: 'Values › 3 › Name' }).closest('tr')!;
    expect(within(removed).getByText('Removed')).toBeInTheDocument();
    expect(within(removed).getByText('Candour')).toBeInTheDocument();
  });

  it('says so when both sides are the same', () => {
    render(<DiffTable changes={[]} caption="No changes" />);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText(/No differences/)).toBeInTheDocument();
  });

  it('formats values as people read them', () => {
    expect(formatValue(true)).toBe('Yes');
    expect(formatValue(false)).toBe('No');
    expect(formatValue(70)).toBe('70');
    expect(formatValue('')).toBe('—');
    expect(formatValue([])).toBe('—');
    expect(formatValue(['craft', 'neighbour'])).toBe('craft, neighbour');
    expect(formatValue({ term: 'cheap', replacement: 'affordable', reason: '' })).toBe('term: cheap; replacement: affordable');
  });
});
