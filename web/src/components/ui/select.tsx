import * as S from '@radix-ui/react-select';
import { Check, ChevronDown } from 'lucide-react';
import { forwardRef } from 'react';
import { cn } from '@/lib/cn';

export type SelectOption = { value: string; label: string; description?: string };

export type SelectProps = {
  id?: string;
  value: string;
  onValueChange: (value: string) => void;
  options: SelectOption[];
  placeholder?: string;
  disabled?: boolean;
  className?: string;
  name?: string;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
};

export const Select = forwardRef<HTMLButtonElement, SelectProps>(function Select(
  { id, value, onValueChange, options, placeholder, disabled, className, name, ...aria },
  ref,
) {
  return (
    <S.Root value={value} onValueChange={onValueChange} disabled={disabled} name={name}>
      <S.Trigger
        ref={ref}
        id={id}
        {...aria}
        className={cn(
          'inline-flex min-h-11 w-full items-center justify-between gap-2 rounded-[var(--radius-button)] border border-line bg-white px-3 text-left text-base text-ink sm:text-sm',
          'hover:border-slate/50 data-[disabled]:cursor-not-allowed data-[disabled]:opacity-60 aria-[invalid=true]:border-danger',
          className,
        )}
      >
        <S.Value placeholder={placeholder} />
        <S.Icon>
          <ChevronDown className="size-4 text-muted" strokeWidth={2} aria-hidden="true" />
        </S.Icon>
      </S.Trigger>
      <S.Portal>
        <S.Content position="popper" sideOffset={4} className="z-50 max-h-[min(var(--radix-select-content-available-height),22rem)] min-w-[var(--radix-select-trigger-width)] overflow-hidden rounded-[var(--radius-button)] border border-line bg-white shadow-[var(--shadow-pop)]">
          <S.Viewport className="p-1">
            {options.map((o) => (
              <S.Item
                key={o.value}
                value={o.value}
                className="relative flex min-h-11 cursor-pointer flex-col justify-center rounded-[4px] py-1.5 pr-3 pl-8 text-sm text-ink outline-none select-none data-[highlighted]:bg-primary-soft"
              >
                <S.ItemIndicator className="absolute top-1/2 left-2 -translate-y-1/2 text-primary">
                  <Check className="size-4" strokeWidth={2} aria-hidden="true" />
                </S.ItemIndicator>
                <S.ItemText>{o.label}</S.ItemText>
                {o.description && <span className="text-xs text-muted">{o.description}</span>}
              </S.Item>
            ))}
          </S.Viewport>
        </S.Content>
      </S.Portal>
    </S.Root>
  );
});
