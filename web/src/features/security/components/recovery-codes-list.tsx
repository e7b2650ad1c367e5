import { Check, Copy, Download } from 'lucide-react';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

export function RecoveryCodesList({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const text = codes.join('\n');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const href = `data:text/plain;charset=utf-8,${encodeURIComponent(`Brandium recovery codes\n\n${text}\n`)}`;
  return (
    <div className="flex flex-col gap-4">
      <Alert tone="warning" title="Save these recovery codes now">
        Each code signs you in once if you lose your authenticator. They will not be shown again.
      </Alert>
      <ol className="grid max-w-md grid-cols-1 gap-2 rounded-[var(--radius-button)] border border-line bg-mist p-4 font-mono text-sm text-ink min-[360px]:grid-cols-2" aria-label="Recovery codes" data-testid="recovery-codes">
        {codes.map((c) => (
          <li key={c} className="rounded bg-white px-2 py-1 text-center tracking-wider">
            {c}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={copy}>
          {copied ? <Check strokeWidth={2} aria-hidden="true" /> : <Copy strokeWidth={2} aria-hidden="true" />}
          {copied ? 'Copied' : 'Copy codes'}
        </Button>
        <Button variant="secondary" asChild>
          <a href={href} download="brandium-recovery-codes.txt">
            <Download strokeWidth={2} aria-hidden="true" />
            Download
          </a>
        </Button>
        <Button onClick={onDone}>I saved them</Button>
      </div>
      <span className="sr-only" aria-live="polite">
        {copied ? 'Recovery codes copied to the clipboard' : ''}
      </span>
    </div>
  );
}
