import * as M from '@radix-ui/react-dropdown-menu';
import type { ComponentProps } from 'react';
import { cn } from '@/lib/cn';

export const DropdownMenu = M.Root;
export const DropdownMenuTrigger = M.Trigger;
export const DropdownMenuGroup = M.Group;

export function DropdownMenuContent({ className, sideOffset = 6, ...rest }: ComponentProps<typeof M.Content>) {
  return (
    <M.Portal>
      <M.Content
        sideOffset={sideOffset}
        className={cn('z-50 min-w-56 overflow-hidden rounded-[var(--radius-button)] border border-line bg-white p-1 shadow-[var(--shadow-pop)]', className)}
        {...rest}
      />
    </M.Portal>
  );
}

export function DropdownMenuItem({ className, ...rest }: ComponentProps<typeof M.Item>) {
  return (
    <M.Item
      className={cn(
        'flex min-h-11 cursor-pointer items-center gap-2 rounded-[4px] px-3 text-sm text-ink outline-none select-none data-[disabled]:cursor-not-allowed data-[disabled]:opacity-50 data-[highlighted]:bg-primary-soft md:min-h-9 [&_svg]:size-4 [&_svg]:text-muted',
        className,
      )}
      {...rest}
    />
  );
}

export function DropdownMenuLabel({ className, ...rest }: ComponentProps<typeof M.Label>) {
  return <M.Label className={cn('px-3 py-2 text-xs font-semibold tracking-wide text-muted uppercase', className)} {...rest} />;
}

export function DropdownMenuSeparator({ className, ...rest }: ComponentProps<typeof M.Separator>) {
  return <M.Separator className={cn('my-1 h-px bg-line', className)} {...rest} />;
}
