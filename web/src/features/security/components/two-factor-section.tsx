import { zodResolver } from '@hookform/resolvers/zod';
import { ShieldCheck, ShieldOff } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { applyFieldErrors, errorMessage, isProblem } from '@/lib/api/problem';
import type { TotpEnrollment } from '@/lib/api/types';
import { useDisableTotp } from '../api/disable-totp';
import { useEnrollTotp } from '../api/enroll-totp';
import { useRegenerateRecoveryCodes } from '../api/regenerate-recovery-codes';
import { useVerifyTotp } from '../api/verify-totp';
import { RecoveryCodesList } from './recovery-codes-list';

const codeSchema = z.object({ code: z.string().trim().min(6, 'Enter the 6-digit code from your app.').max(64) });
type CodeValues = z.infer<typeof codeSchema>;

/** The QR arrives as an SVG string; a data URI shows it as an image without injecting markup into the page. */
export function svgDataUri(svg: string): string {
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

function codeErrorMessage(e: unknown): string | null {
  if (isProblem(e, 'totp_invalid')) return 'That code is not valid. Check the time on your device and try again.';
  return null;
}

function EnrollStep({ enrollment, onVerified, onCancel }: { enrollment: TotpEnrollment; onVerified: (codes: string[]) => void; onCancel: () => void }) {
  const verify = useVerifyTotp();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<CodeValues>({ resolver: zodResolver(codeSchema), defaultValues: { code: '' } });
  const onSubmit = handleSubmit(async ({ code }) => {
    setFormError(null);
    try {
      const res = await verify.mutateAsync(code.replace(/\s+/g, ''));
      onVerified(res.recovery_codes);
    } catch (e) {
      const msg = codeErrorMessage(e);
      if (msg) return setError('code', { message: msg }, { shouldFocus: true });
      const rest = applyFieldErrors(e, setError, ['code']);
      if (!isProblem(e, 'validation_failed') || rest.length > 0) setFormError(errorMessage(e));
    }
  });
  return (
    <div className="grid gap-6 md:grid-cols-[auto_minmax(0,1fr)]">
      <div className="flex flex-col items-center gap-2">
        <img src={svgDataUri(enrollment.qr_svg)} alt="QR code to scan with your authenticator app" className="size-44 rounded-[var(--radius-button)] border border-line bg-white p-2" />
      </div>
      <form onSubmit={onSubmit} noValidate className="flex min-w-0 flex-col gap-4">
        <ol className="list-decimal space-y-1 pl-5 text-sm">
          <li>Scan the QR code with an authenticator app (1Password, Aegis, Google Authenticator…).</li>
          <li>
            Or type this key by hand:{' '}
            <code className="rounded bg-mist px-1.5 py-0.5 text-xs break-all text-ink" data-testid="totp-secret">
              {enrollment.secret}
            </code>
          </li>
          <li>Enter the 6-digit code the app shows.</li>
        </ol>
        {formError && <Alert tone="danger">{formError}</Alert>}
        <FormField id="totp-verify-code" label="Code from your app" error={formState.errors.code?.message}>
          <Input autoComplete="one-time-code" inputMode="numeric" autoFocus className="max-w-48 font-mono tracking-widest" {...register('code')} />
        </FormField>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" loading={formState.isSubmitting}>
            Verify and turn on
          </Button>
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </form>
    </div>
  );
}

function DisableDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (o: boolean) => void }) {
  const disable = useDisableTotp();
  const schema = z.object({ password: z.string().min(1, 'Enter your password.'), code: codeSchema.shape.code });
  type Values = z.infer<typeof schema>;
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { password: '', code: '' } });
  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await disable.mutateAsync({ password: values.password, code: values.code.replace(/\s+/g, '') });
      reset();
      onOpenChange(false);
    } catch (e) {
      if (isProblem(e, 'invalid_credentials')) return setError('password', { message: 'That is not your password.' }, { shouldFocus: true });
      const msg = codeErrorMessage(e);
      if (msg) return setError('code', { message: msg }, { shouldFocus: true });
      const rest = applyFieldErrors(e, setError, ['password', 'code']);
      if (!isProblem(e, 'validation_failed') || rest.length > 0) setFormError(errorMessage(e));
    }
  });
  return (
    <Dialog open={open} onOpenChange={(o) => (reset(), setFormError(null), onOpenChange(o))}>
      <DialogContent title="Turn off two-factor authentication?" description="Your account will be protected by your password alone.">
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
          {formError && <Alert tone="danger">{formError}</Alert>}
          <FormField id="disable-password" label="Password" error={formState.errors.password?.message}>
            <Input type="password" autoComplete="current-password" autoFocus {...register('password')} />
          </FormField>
          <FormField id="disable-code" label="Code from your app or a recovery code" error={formState.errors.code?.message}>
            <Input autoComplete="one-time-code" className="font-mono tracking-widest" {...register('code')} />
          </FormField>
          <DialogFooter className="mt-1">
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" variant="danger" loading={formState.isSubmitting}>
              Turn off
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

function RegenerateDialog({ open, onOpenChange, onCodes }: { open: boolean; onOpenChange: (o: boolean) => void; onCodes: (codes: string[]) => void }) {
  const regen = useRegenerateRecoveryCodes();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, formState } = useForm<CodeValues>({ resolver: zodResolver(codeSchema), defaultValues: { code: '' } });
  const onSubmit = handleSubmit(async ({ code }) => {
    setFormError(null);
    try {
      const res = await regen.mutateAsync(code.replace(/\s+/g, ''));
      reset();
      onOpenChange(false);
      onCodes(res.recovery_codes);
    } catch (e) {
      const msg = codeErrorMessage(e);
      if (msg) return setError('code', { message: msg }, { shouldFocus: true });
      const rest = applyFieldErrors(e, setError, ['code']);
      if (!isProblem(e, 'validation_failed') || rest.length > 0) setFormError(errorMessage(e));
    }
  });
  return (
    <Dialog open={open} onOpenChange={(o) => (reset(), setFormError(null), onOpenChange(o))}>
      <DialogContent title="New recovery codes" description="Your old recovery codes stop working once the new set is made.">
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
          {formError && <Alert tone="danger">{formError}</Alert>}
          <FormField id="regen-code" label="Code from your app" error={formState.errors.code?.message}>
            <Input autoComplete="one-time-code" inputMode="numeric" autoFocus className="font-mono tracking-widest" {...register('code')} />
          </FormField>
          <DialogFooter className="mt-1">
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" loading={formState.isSubmitting}>
              Make new codes
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

export function TwoFactorSection({ enabled }: { enabled: boolean }) {
  const enroll = useEnrollTotp();
  const [enrollment, setEnrollment] = useState<TotpEnrollment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [disableOpen, setDisableOpen] = useState(false);
  const [regenOpen, setRegenOpen] = useState(false);

  const start = () =>
    enroll.mutate(undefined, {
      onSuccess: (e) => setEnrollment(e),
    });

  return (
    <Card>
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <CardTitle>Two-factor authentication</CardTitle>
          {enabled ? <Badge tone="success">On</Badge> : <Badge tone="neutral">Off</Badge>}
        </div>
        <CardDescription>A code from an authenticator app is asked for at every sign-in, in addition to your password.</CardDescription>
      </CardHeader>
      <CardContent>
        {codes ? (
          <RecoveryCodesList codes={codes} onDone={() => setCodes(null)} />
        ) : enrollment && !enabled ? (
          <EnrollStep
            enrollment={enrollment}
            onCancel={() => setEnrollment(null)}
            onVerified={(c) => {
              setEnrollment(null);
              setCodes(c);
            }}
          />
        ) : enabled ? (
          <div className="flex flex-col gap-4">
            <p className="flex items-center gap-2 text-sm text-ink">
              <ShieldCheck className="size-5 text-success-ink" strokeWidth={2} aria-hidden="true" />
              Your account asks for a code at sign-in.
            </p>
            <div className="flex flex-wrap gap-2">
              <Button variant="secondary" onClick={() => setRegenOpen(true)}>
                New recovery codes
              </Button>
              <Button variant="secondary" className="text-danger" onClick={() => setDisableOpen(true)}>
                <ShieldOff strokeWidth={2} aria-hidden="true" />
                Turn off
              </Button>
            </div>
          </div>
        ) : (
          <div className="flex flex-col gap-4">
            {enroll.isError && <Alert tone="danger">{errorMessage(enroll.error)}</Alert>}
            <div>
              <Button onClick={start} loading={enroll.isPending}>
                <ShieldCheck strokeWidth={2} aria-hidden="true" />
                Set up two-factor
              </Button>
            </div>
          </div>
        )}
      </CardContent>
      <DisableDialog open={disableOpen} onOpenChange={setDisableOpen} />
      <RegenerateDialog open={regenOpen} onOpenChange={setRegenOpen} onCodes={setCodes} />
    </Card>
  );
}
