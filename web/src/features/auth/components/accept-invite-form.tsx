import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { Building2, MailX } from 'lucide-react';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { MIN_PASSWORD_LENGTH, PasswordStrength } from '@/components/ui/password-strength';
import { Skeleton } from '@/components/ui/skeleton';
import { applyFieldErrors, errorMessage, isProblem } from '@/lib/api/problem';
import type { InvitationPreview } from '@/lib/api/types';
import { roleLabel } from '@/lib/auth/roles';
import { startSession } from '@/lib/auth/session';
import { useAcceptInvitation } from '../api/accept-invitation';
import { useInvitationPreview } from '../api/get-invitation-preview';

export function AcceptInvite({ token }: { token: string }) {
  const preview = useInvitationPreview(token);
  if (!token || preview.isError) {
    const gone = !token || isProblem(preview.error, 'not_found');
    return (
      <EmptyState icon={MailX} title={gone ? 'This invitation is not valid' : "We couldn't load this invitation"} className="py-2">
        <p>{gone ? 'It may have expired, been revoked or already been used. Ask the person who invited you to send a new one.' : errorMessage(preview.error)}</p>
        <p className="mt-4">
          <Link to="/login" className="font-medium text-primary hover:underline">
            Go to sign in
          </Link>
        </p>
      </EmptyState>
    );
  }
  if (preview.isPending) {
    return (
      <div role="status" aria-label="Loading invitation" className="flex flex-col gap-3">
        <Skeleton className="h-16 w-full" />
        <Skeleton className="h-11 w-full" />
        <Skeleton className="h-11 w-full" />
      </div>
    );
  }
  return <AcceptInviteForm token={token} preview={preview.data} />;
}

function AcceptInviteForm({ token, preview }: { token: string; preview: InvitationPreview }) {
  const accept = useAcceptInvitation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const newAccount = !preview.account_exists;
  const schema = z.object({
    name: newAccount ? z.string().trim().min(1, 'Enter your name.').max(200) : z.string().optional(),
    password: newAccount ? z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`).max(128, 'Use at most 128 characters.') : z.string().min(1, 'Enter your password.'),
  });
  type Values = z.infer<typeof schema>;
  const { register, handleSubmit, setError, control, formState } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { name: '', password: '' } });
  const watchedPassword = useWatch({ control, name: 'password' });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const tokens = await accept.mutateAsync({ token, password: values.password, name: newAccount ? values.name?.trim() : undefined });
      startSession(tokens, queryClient);
      navigate('/', { replace: true });
    } catch (e) {
      if (isProblem(e, 'invalid_credentials')) {
        setError('password', { message: 'That is not the password of this account.' }, { shouldFocus: true });
        return;
      }
      const rest = applyFieldErrors(e, setError, ['name', 'password']);
      if (!isProblem(e, 'validation_failed') || rest.length > 0) setFormError(errorMessage(e));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <div className="flex items-start gap-3 rounded-[var(--radius-button)] border border-line bg-mist px-4 py-3">
        <Building2 className="mt-0.5 size-5 shrink-0 text-primary" strokeWidth={2} aria-hidden="true" />
        <div className="min-w-0 text-sm">
          <p className="text-ink">
            {preview.inviter_name ? <strong>{preview.inviter_name}</strong> : 'Someone'} invited you to join <strong data-testid="invite-org">{preview.organization_name}</strong>
          </p>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-muted">
            <span className="break-all">{preview.email}</span>
            <Badge tone="primary">{roleLabel(preview.role)}</Badge>
          </p>
        </div>
      </div>
      {formError && <Alert tone="danger">{formError}</Alert>}
      {newAccount && (
        <FormField id="name" label="Your name" error={formState.errors.name?.message}>
          <Input autoComplete="name" autoFocus {...register('name')} />
        </FormField>
      )}
      <FormField
        id="password"
        label={newAccount ? 'Choose a password' : 'Your password'}
        error={formState.errors.password?.message}
        hint={newAccount ? <PasswordStrength password={watchedPassword} /> : 'You already have a Brandium account: confirm with its password.'}
      >
        <Input type="password" autoComplete={newAccount ? 'new-password' : 'current-password'} autoFocus={!newAccount} {...register('password')} />
      </FormField>
      <Button type="submit" loading={formState.isSubmitting} className="w-full">
        Accept invitation
      </Button>
    </form>
  );
}
