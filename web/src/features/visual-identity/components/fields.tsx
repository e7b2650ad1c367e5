import { Plus, Trash2 } from 'lucide-react';
import type { ReactElement, ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { cn } from '@/lib/cn';
import { fieldId, type FieldErrors } from './use-visual-draft';

/** A form field for one profile path: its id comes from the path, its error from the server. */
export function PathField({
  path,
  label,
  errors,
  hint,
  className,
  children,
}: {
  path: string;
  label: ReactNode;
  errors: FieldErrors;
  hint?: ReactNode;
  className?: string;
  children: ReactElement<{ id?: string }>;
}) {
  return (
    <FormField id={fieldId(path)} label={label} error={errors[path]} hint={hint} className={className}>
      {children}
    </FormField>
  );
}

/** A titled card around one part of the page. */
export function Section({ id, title, description, actions, children }: { id?: string; title: string; description?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  return (
    <Card id={id} className="scroll-mt-6">
      <CardHeader className="gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex flex-col gap-1">
          <CardTitle>{title}</CardTitle>
          {description && <CardDescription>{description}</CardDescription>}
        </div>
        {actions && <div className="flex shrink-0 flex-wrap gap-2">{actions}</div>}
      </CardHeader>
      <CardContent className="flex flex-col gap-5">{children}</CardContent>
    </Card>
  );
}

export const textareaClass =
  'block min-h-24 w-full rounded-[var(--radius-button)] border border-line bg-white px-3 py-2 text-base text-ink placeholder:text-muted/80 hover:border-slate/50 focus-visible:border-primary aria-[invalid=true]:border-danger read-only:bg-mist sm:text-sm';

/** A list of short lines (do's, don'ts), each editable and removable, with an Add button. */
export function LinesEditor({
  path,
  items,
  onChange,
  errors,
  disabled,
  addLabel,
  itemLabel,
  placeholder,
  empty,
}: {
  path: string;
  items: string[];
  onChange: (items: string[]) => void;
  errors: FieldErrors;
  disabled?: boolean;
  addLabel: string;
  itemLabel: string;
  placeholder?: string;
  empty: string;
}) {
  return (
    <div className="flex flex-col gap-2">
      {items.length === 0 && <p className="text-sm text-muted">{empty}</p>}
      {items.map((line, i) => (
        <div key={i} className="flex items-start gap-2">
          <FormField id={fieldId(`${path}[${i}]`)} label={<span className="sr-only">{`${itemLabel} ${i + 1}`}</span>} error={errors[`${path}[${i}]`]} className="flex-1">
            <Input value={line} readOnly={disabled} placeholder={placeholder} onChange={(e) => onChange(items.map((x, j) => (j === i ? e.target.value : x)))} />
          </FormField>
          {!disabled && (
            <Button variant="ghost" size="icon" className={cn('mt-1.5 shrink-0')} aria-label={`Remove ${itemLabel.toLowerCase()} ${i + 1}`} onClick={() => onChange(items.filter((_, j) => j !== i))}>
              <Trash2 aria-hidden="true" />
            </Button>
          )}
        </div>
      ))}
      {!disabled && (
        <div>
          <Button variant="secondary" size="sm" onClick={() => onChange([...items, ''])}>
            <Plus aria-hidden="true" />
            {addLabel}
          </Button>
        </div>
      )}
    </div>
  );
}
