import { ShieldCheck } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import type { Channel, ItemState } from '@/lib/api/types';
import { cn } from '@/lib/cn';
import { CHANNELS, channelLabel } from '../lib/channels';
import { scoreLabel, scoreTone } from '../lib/score';
import { STATE_INFO } from '../lib/states';

export function ChannelMark({ channel, className }: { channel: Channel; className?: string }) {
  const info = CHANNELS[channel];
  return (
    <span
      aria-hidden="true"
      className={cn('inline-flex size-6 shrink-0 items-center justify-center rounded-md text-[11px] leading-none font-bold', info?.className ?? 'bg-mist text-slate', className)}
    >
      {info?.mark ?? '?'}
    </span>
  );
}

export function ChannelLabel({ channel, className }: { channel: Channel; className?: string }) {
  return (
    <span className={cn('inline-flex min-w-0 items-center gap-2 text-sm text-slate', className)}>
      <ChannelMark channel={channel} />
      <span className="truncate">{channelLabel(channel)}</span>
    </span>
  );
}

export function ScoreBadge({ score, className }: { score: number | null | undefined; className?: string }) {
  if (score == null) return <span className={cn('text-sm text-muted', className)}>—</span>;
  return (
    <Badge tone={scoreTone(score)} className={cn('tabular-nums', className)} title={`Brand compliance ${score} of 100: ${scoreLabel(score)}`}>
      <ShieldCheck className="size-3" aria-hidden="true" />
      {score}
      <span className="sr-only"> of 100, {scoreLabel(score).toLowerCase()}</span>
    </Badge>
  );
}

export function StateBadge({ state }: { state: ItemState }) {
  const info = STATE_INFO[state];
  return <Badge tone={info?.tone ?? 'neutral'}>{info?.label ?? state}</Badge>;
}

export function FallbackBadge() {
  return (
    <Badge tone="warning" title="The configured model failed; the built-in composer wrote this instead.">
      Built-in composer
    </Badge>
  );
}
