import { Select } from '@/components/ui/select';
import type { BrandSummary } from '@/lib/api/types';

/** A brand picker; `none` adds a first choice for "no brand" (the empty value). */
export function BrandSelect({
  id,
  brands,
  value,
  onChange,
  none,
  disabled,
  'aria-label': ariaLabel,
  'aria-invalid': invalid,
  'aria-describedby': describedBy,
}: {
  id?: string;
  brands: BrandSummary[];
  value: string;
  onChange: (id: string) => void;
  none?: string;
  disabled?: boolean;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  // Radix Select cannot hold an empty value, so "no brand" travels as a sentinel.
  const NONE = '__none__';
  const options = [...(none ? [{ value: NONE, label: none }] : []), ...brands.map((b) => ({ value: b.id, label: b.name }))];
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      value={value || (none ? NONE : '')}
      onValueChange={(v) => onChange(v === NONE ? '' : v)}
      options={options}
      placeholder="Pick a brand"
      disabled={disabled}
    />
  );
}
