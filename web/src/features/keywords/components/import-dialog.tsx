import { FileUp, Upload } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { errorMessage } from '@/lib/api/problem';
import { useForgetMetrics } from '../api/forget-metrics';
import { useImportKeywords } from '../api/import-keywords';
import { checkImportFile, importSummary } from '../lib/import-result';

/** Uploads a keyword tool's export and tells how its metrics met the map, or the line the server could not read. */
export function ImportDialog({ open, onOpenChange, hasMetrics }: { open: boolean; onOpenChange: (open: boolean) => void; hasMetrics: boolean }) {
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const upload = useImportKeywords();
  const forget = useForgetMetrics();

  const reset = () => {
    setFile(null);
    setFileError(null);
    upload.reset();
    forget.reset();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setFileError('Choose the CSV file to import.');
      input.current?.focus();
      return;
    }
    const problem = checkImportFile(file);
    setFileError(problem);
    if (problem) return;
    upload.mutate(file);
  };

  const summary = upload.data ? importSummary(upload.data) : null;

  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        if (!o) reset();
        onOpenChange(o);
      }}
    >
      <DialogContent title="Import keyword metrics" description="Search volume, difficulty and CPC from a Semrush, Ahrefs or Google Keyword Planner export, or any CSV with a keyword column.">
        <form noValidate onSubmit={submit} aria-label="Import keyword metrics" className="flex flex-col gap-4">
          <FormField id="import-file" label="CSV export" error={fileError ?? undefined} hint="Up to 10 MB. Keywords imported again take the new figures.">
            <input
              ref={input}
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
              className="block w-full cursor-pointer rounded-[var(--radius-button)] border border-line bg-white text-sm text-slate file:mr-3 file:min-h-11 file:cursor-pointer file:border-0 file:bg-primary-soft file:px-4 file:font-medium file:text-primary"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setFileError(null);
                upload.reset();
              }}
            />
          </FormField>
          {upload.isError && (
            <Alert tone="danger" title="The file could not be imported">
              {errorMessage(upload.error)}
            </Alert>
          )}
          {summary && (
            <Alert tone="success" title={summary.title}>
              <ul className="list-disc pl-4" aria-label="Import results">
                {summary.lines.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            </Alert>
          )}
          {forget.isSuccess && <Alert tone="info">{forget.data === 1 ? '1 imported metric forgotten.' : `${forget.data.toLocaleString('en')} imported metrics forgotten.`}</Alert>}
          {forget.isError && <Alert tone="danger">{errorMessage(forget.error)}</Alert>}
          <DialogFooter className="mt-2 sm:justify-between">
            {hasMetrics ? (
              <Button variant="ghost" loading={forget.isPending} onClick={() => forget.mutate()}>
                Forget imported metrics
              </Button>
            ) : (
              <span />
            )}
            <div className="flex flex-col-reverse gap-2 sm:flex-row">
              <DialogClose asChild>
                <Button variant="secondary">{summary ? 'Done' : 'Cancel'}</Button>
              </DialogClose>
              <Button type="submit" loading={upload.isPending}>
                {file ? <Upload aria-hidden="true" /> : <FileUp aria-hidden="true" />}
                Import
              </Button>
            </div>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
