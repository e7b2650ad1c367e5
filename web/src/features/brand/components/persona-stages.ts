import type { BuyingStage } from '@/lib/api/types';
import type { BadgeTone } from '@/components/ui/badge';

export const BUYING_STAGES: { value: BuyingStage; label: string; hint: string; tone: BadgeTone }[] = [
  { value: 'awareness', label: 'Awareness', hint: 'Just noticed the problem', tone: 'neutral' },
  { value: 'consideration', label: 'Consideration', hint: 'Comparing options', tone: 'primary' },
  { value: 'decision', label: 'Decision', hint: 'Ready to choose', tone: 'coral' },
  { value: 'retention', label: 'Retention', hint: 'A customer to keep', tone: 'success' },
  { value: 'advocacy', label: 'Advocacy', hint: 'Tells others about you', tone: 'warning' },
];

export function stageOf(value: BuyingStage) {
  return BUYING_STAGES.find((s) => s.value === value) ?? BUYING_STAGES[0];
}
