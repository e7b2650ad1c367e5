import * as A from '@radix-ui/react-avatar';
import { cn } from '@/lib/cn';
import { initials } from '@/lib/format';

export function Avatar({ name, email, src, className }: { name: string; email?: string; src?: string | null; className?: string }) {
  return (
    <A.Root className={cn('inline-flex size-9 shrink-0 items-center justify-center overflow-hidden rounded-full bg-primary-soft text-xs font-semibold text-primary-hover ring-2 ring-white', className)}>
      {src && <A.Image src={src} alt="" className="size-full object-cover" />}
      <A.Fallback delayMs={src ? 400 : 0} aria-hidden="true">
        {initials(name, email)}
      </A.Fallback>
    </A.Root>
  );
}
