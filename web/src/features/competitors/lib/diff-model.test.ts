import { diffCounts, diffRows, fieldDelta, fieldName } from './diff-model';

describe('diffRows', () => {
  it('signs inserted and deleted lines and labels them for screen readers', () => {
    const rows = diffRows([
      { op: 'equal', text: 'Plans' },
      { op: 'delete', text: 'Pro $49/month' },
      { op: 'insert', text: 'Pro $59/month' },
    ]);
    expect(rows).toEqual([
      { type: 'line', op: 'equal', sign: ' ', text: 'Plans', label: 'Unchanged' },
      { type: 'line', op: 'delete', sign: '−', text: 'Pro $49/month', label: 'Removed' },
      { type: 'line', op: 'insert', sign: '+', text: 'Pro $59/month', label: 'Added' },
    ]);
  });

  it('marks a gap between two hunks whose context runs meet', () => {
    const eq = (t: string) => ({ op: 'equal' as const, text: t });
    const rows = diffRows([{ op: 'insert', text: 'a' }, eq('1'), eq('2'), eq('3'), eq('4'), { op: 'delete', text: 'b' }]);
    expect(rows.map((r) => (r.type === 'gap' ? '…' : r.sign + r.text))).toEqual(['+a', ' 1', ' 2', '…', ' 3', ' 4', '−b']);
    // Two lines of context after a change are not a gap.
    expect(diffRows([{ op: 'insert', text: 'a' }, eq('1'), eq('2')]).some((r) => r.type === 'gap')).toBe(false);
  });

  it('counts added and removed lines', () => {
    expect(diffCounts([{ op: 'insert', text: 'a' }, { op: 'insert', text: 'b' }, { op: 'delete', text: 'c' }, { op: 'equal', text: 'd' }])).toEqual({ added: 2, removed: 1 });
  });
});

describe('field changes', () => {
  it('names fields, plan fields included', () => {
    expect(fieldName('value_propositions')).toBe('Value propositions');
    expect(fieldName('plans.Pro.price')).toBe('Pro plan price');
    expect(fieldName('something_new')).toBe('Something new');
  });

  it('keeps only what left and what came', () => {
    expect(fieldDelta({ field: 'plans.Pro.price', kind: 'pricing', before: ['$49/month', 'same'], after: ['same', '$59/month'], weight: 1 })).toEqual({
      removed: ['$49/month'],
      added: ['$59/month'],
    });
  });
});
