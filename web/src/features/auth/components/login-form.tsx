import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { KeyRound } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { applyFieldErrors, errorMessage, isProblem } from '@/lib/api/problem';
import { startSession } from '@/lib/auth/session';
import { safeNext } from '@/lib/safe-redirect';
import { OIDC_LOGIN_URL, useOidcStatus } from '../api/get-oidc-status';
import { useLogin } from '../api/login';

const schema = z.object({
  email: z.email('Enter a valid email address.'),
  password: z.string().min(1, 'Enter your password.'),
  totp_code: z.string().optional(),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['email', 'password', 'totp_code'] as const;

export function LoginForm() {
  const [step, setStep] = useState<'credentials' | 'totp'>('credentials');
  const [formError, setFormError] = useState<string | null>(null);
  const login = useLogin();
  const oidc = useOidcStatus();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: '', password: '', totp_code: '' } });
  const { register, handleSubmit, setError, formState } = form;

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    if (step === 'totp' && !values.totp_code?.trim()) {
      setError('totp_code', { message: 'Enter the 6-digit code or a recovery code.' }, { shouldFocus: true });
      return;
    }
    try {
      const tokens = await login.mutateAsync({
        email: values.email,
        password: values.password,
        totp_code: step === 'totp' ? values.totp_code?.trim().replace(/\s+/g, '') : undefined,
      });
      startSession(tokens, queryClient);
      navigate(safeNext(params.get('next')), { replace: true });
    } catch (e) {
      if (isProblem(e, 'totp_required')) {
        setStep('totp');
        return;
      }
      if (isProblem(e, 'totp_invalid')) {
        setStep('totp');
        setError('totp_code', { message: e.detail || 'That code is not valid. Try again.' }, { shouldFocus: true });
        return;
      }
      const rest = applyFieldErrors(e, setError, FIELDS);
      if (!isProblem(e, 'validation_failed') || rest.length > 0) setFormError(errorMessage(e));
    }
  });

  const busy = formState.isSubmitting;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {formError && <Alert tone="danger">{formError}</Alert>}
      {step === 'credentials' ? (
        <>
          <FormField id="email" label="Email" error={formState.errors.email?.message}>
            <Input type="email" autoComplete="email" inputMode="email" autoFocus {...register('email')} />
          </FormField>
          <FormField
            id="password"
            label="Password"
            error={formState.errors.password?.message}
            labelAside={
              <Link to="/forgot-password" className="text-sm font-medium text-primary hover:underline">
                Forgot password?
              </Link>
            }
          >
            <Input type="password" autoComplete="current-password" {...register('password')} />
          </FormField>
        </>
      ) : (
        <>
          <div className="flex items-start gap-3 rounded-[var(--radius-button)] bg-primary-soft px-4 py-3 text-sm text-ink">
            <KeyRound className="mt-0.5 size-4 shrink-0 text-primary" strokeWidth={2} aria-hidden="true" />
            <p>Two-factor authentication is on for this account. Enter the 6-digit code from your authenticator app, or one of your recovery codes.</p>
          </div>
          <FormField id="totp_code" label="Authentication code" error={formState.errors.totp_code?.message}>
            <Input autoComplete="one-time-code" inputMode="text" autoFocus placeholder="123456" className="font-mono tracking-widest" {...register('totp_code')} />
          </FormField>
        </>
      )}
      <Button type="submit" loading={busy} className="w-full">
        {step === 'credentials' ? 'Sign in' : 'Verify and sign in'}
      </Button>
      {step === 'totp' && (
        <Button
          variant="ghost"
          onClick={() => {
            setStep('credentials');
            form.setValue('totp_code', '');
            setFormError(null);
          }}
        >
          Use a different account
        </Button>
      )}
      {step === 'credentials' && oidc.data?.enabled && (
        <>
          <div className="flex items-center gap-3 text-xs text-muted" aria-hidden="true">
            <span className="h-px flex-1 bg-line" />
            or
            <span className="h-px flex-1 bg-line" />
          </div>
          <Button variant="secondary" asChild className="w-full">
            <a href={OIDC_LOGIN_URL}>Continue with {oidc.data.display_name || 'single sign-on'}</a>
          </Button>
        </>
      )}
    </form>
  );
}
