import { useState } from 'react';
import { Textarea } from '@/components/ui/textarea';

const clean = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A list of sentences edited as one line each; blank lines are dropped from the value, not from what is typed. */
export function LinesInput({
  id,
  values,
  onChange,
  readOnly,
  rows = 3,
  placeholder,
  ...aria
}: {
  id?: string;
  values: string[];
  onChange: (values: string[]) => void;
  readOnly?: boolean;
  rows?: number;
  placeholder?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  const [text, setText] = useState(values.join('\n'));
  if (clean(text).join('\n') !== values.join('\n')) setText(values.join('\n'));
  return (
    <Textarea
      id={id}
      rows={rows}
      value={text}
      readOnly={readOnly}
      placeholder={placeholder}
      onChange={(e) => {
        setText(e.target.value);
        onChange(clean(e.target.value));
      }}
      {...aria}
    />
  );
}
