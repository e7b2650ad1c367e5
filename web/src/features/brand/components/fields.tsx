import { Plus, Trash2 } from 'lucide-react';
import type { ReactElement, ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { FormField } from '@/components/ui/form-field';
import { fieldId, type FieldErrorMap } from './field-errors';

/** A form field for one path of the profile: its id comes from the path, its error from the server. */
export function PathField({
  path,
  label,
  errors,
  hint,
  labelAside,
  className,
  children,
}: {
  path: string;
  label: ReactNode;
  errors: FieldErrorMap;
  hint?: ReactNode;
  labelAside?: ReactNode;
  className?: string;
  children: ReactElement<{ id?: string }>;
}) {
  return (
    <FormField id={fieldId(path)} label={label} error={errors[path]} hint={hint} labelAside={labelAside} className={className}>
      {children}
    </FormField>
  );
}

/** A titled card around one part of a section form. */
export function FormSection({ title, description, children, actions }: { title: string; description?: ReactNode; children: ReactNode; actions?: ReactNode }) {
  return (
    <Card>
      <CardHeader className="flex-row items-start justify-between gap-3">
        <div className="flex flex-col gap-1">
          <CardTitle>{title}</CardTitle>
          {description && <CardDescription>{description}</CardDescription>}
        </div>
        {actions}
      </CardHeader>
      <CardContent className="flex flex-col gap-5">{children}</CardContent>
    </Card>
  );
}

/**
 * Repeated items (values, pillars, traits...): each rendered by `render`, each removable, plus an
 * Add button. Items are edited in place; the list order is the order people see.
 */
export function ListEditor<T>({
  items,
  onChange,
  make,
  render,
  addLabel,
  itemLabel,
  disabled,
  empty,
}: {
  items: T[];
  onChange: (items: T[]) => void;
  make: () => T;
  render: (item: T, index: number, update: (item: T) => void) => ReactNode;
  addLabel: string;
  itemLabel: (index: number) => string;
  disabled?: boolean;
  empty?: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-3">
      {items.length === 0 && empty && <p className="text-sm text-muted">{empty}</p>}
      {items.map((item, i) => (
        <div key={i} className="flex flex-col gap-3 rounded-[var(--radius-button)] border border-line p-3 sm:p-4">
          <div className="flex items-center justify-between gap-2">
            <p className="text-xs font-semibold tracking-wide text-muted uppercase">{itemLabel(i)}</p>
            {!disabled && (
              <Button variant="ghost" size="sm" onClick={() => onChange(items.filter((_, j) => j !== i))} aria-label={`Remove ${itemLabel(i).toLowerCase()}`}>
                <Trash2 aria-hidden="true" />
                <span className="max-sm:sr-only">Remove</span>
              </Button>
            )}
          </div>
          {render(item, i, (next) => onChange(items.map((it, j) => (j === i ? next : it))))}
        </div>
      ))}
      {!disabled && (
        <div>
          <Button variant="secondary" size="sm" onClick={() => onChange([...items, make()])}>
            <Plus aria-hidden="true" />
            {addLabel}
          </Button>
        </div>
      )}
    </div>
  );
}
