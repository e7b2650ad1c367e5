/** The readable diff: lines with a sign and a tone, and gaps where unchanged text was left out. */
import type { DiffLine, FieldChange } from '@/lib/api/types';

export type DiffRow =
  | { type: 'line'; op: 'equal' | 'insert' | 'delete'; sign: ' ' | '+' | '−'; text: string; label: string }
  | { type: 'gap' };

const SIGN = { equal: ' ', insert: '+', delete: '−' } as const;
const LABEL = { equal: 'Unchanged', insert: 'Added', delete: 'Removed' } as const;

/**
 * The server keeps two lines of context around each change and drops the rest; a gap marks where
 * text was dropped, which is between two context runs, i.e. wherever two changed hunks are separated
 * by more than the context the server keeps (4 equal lines in a row cannot come from one hunk).
 */
export function diffRows(lines: DiffLine[], context = 2): DiffRow[] {
  const rows: DiffRow[] = [];
  let equalRun = 0;
  for (const [i, l] of lines.entries()) {
    if (l.op === 'equal') {
      equalRun += 1;
      // The run after a hunk holds at most `context` lines, the run before the next one as many again.
      if (equalRun === context + 1 && i > 0) rows.push({ type: 'gap' });
    } else {
      equalRun = 0;
    }
    rows.push({ type: 'line', op: l.op, sign: SIGN[l.op], text: l.text, label: LABEL[l.op] });
  }
  return rows;
}

export function diffCounts(lines: DiffLine[]): { added: number; removed: number } {
  return { added: lines.filter((l) => l.op === 'insert').length, removed: lines.filter((l) => l.op === 'delete').length };
}

const FIELD_NAMES: Record<string, string> = {
  title: 'Title',
  meta_description: 'Meta description',
  headlines: 'Headlines',
  value_propositions: 'Value propositions',
  calls_to_action: 'Calls to action',
  plans: 'Plans',
  prices: 'Prices',
  technologies: 'Technologies',
  main_text: 'Page text',
  footer_text: 'Footer',
};

export function fieldName(field: string): string {
  if (FIELD_NAMES[field]) return FIELD_NAMES[field];
  // Per-plan fields come as `plans.Pro.price`: the plan's name reads best.
  const plan = /^plans?\.(.+?)(?:\.(\w+))?$/.exec(field);
  if (plan) return plan[2] ? `${plan[1]} plan ${plan[2]}` : `${plan[1]} plan`;
  return field.replace(/[._]/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** Before → after as shown: the values that left, the values that came, the ones in both dropped. */
export function fieldDelta(f: FieldChange): { removed: string[]; added: string[] } {
  const before = new Set(f.before);
  const after = new Set(f.after);
  return { removed: f.before.filter((v) => !after.has(v)), added: f.after.filter((v) => !before.has(v)) };
}
