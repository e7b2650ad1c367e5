import { Badge } from '@/components/ui/badge';
import { intentInfo } from '../lib/labels';

export function IntentBadge({ intent }: { intent: string }) {
  const i = intentInfo(intent);
  return (
    <Badge tone={i.tone} title={i.description || undefined}>
      {i.label}
    </Badge>
  );
}
