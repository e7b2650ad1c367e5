import { Monitor, Smartphone } from 'lucide-react';
import { cn } from '@/lib/cn';
import type { Device } from './preview-kit';

const OPTIONS: { value: Device; label: string; Icon: typeof Monitor }[] = [
  { value: 'desktop', label: 'Desktop', Icon: Monitor },
  { value: 'mobile', label: 'Mobile', Icon: Smartphone },
];

export function DeviceToggle({ value, onChange }: { value: Device; onChange: (d: Device) => void }) {
  return (
    <div role="radiogroup" aria-label="Preview on" className="inline-flex rounded-[var(--radius-button)] border border-line bg-white p-0.5">
      {OPTIONS.map(({ value: v, label, Icon }) => (
        <button
          key={v}
          type="button"
          role="radio"
          aria-checked={value === v}
          onClick={() => onChange(v)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight' || e.key === 'ArrowLeft' || e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              onChange(v === 'desktop' ? 'mobile' : 'desktop');
              const sibling = (e.currentTarget.parentElement?.querySelector(`[data-device="${v === 'desktop' ? 'mobile' : 'desktop'}"]`) ?? null) as HTMLElement | null;
              sibling?.focus();
            }
          }}
          tabIndex={value === v ? 0 : -1}
          data-device={v}
          className={cn(
            'inline-flex min-h-9 items-center gap-1.5 rounded-[4px] px-3 text-sm font-medium max-md:min-h-10',
            value === v ? 'bg-primary-soft text-primary-hover' : 'text-muted hover:text-ink',
          )}
        >
          <Icon className="size-4" aria-hidden="true" />
          {label}
        </button>
      ))}
    </div>
  );
}
