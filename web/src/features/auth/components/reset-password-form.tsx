import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { MIN_PASSWORD_LENGTH, PasswordStrength } from '@/components/ui/password-strength';
import { applyFieldErrors, errorMessage, isProblem } from '@/lib/api/problem';
import { useResetPassword } from '../api/reset-password';

const schema = z
  .object({
    password: z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`).max(128, 'Use at most 128 characters.'),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The passwords do not match.' });
type Values = z.infer<typeof schema>;

export function ResetPasswordForm({ token }: { token: string }) {
  const reset = useResetPassword();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, control, formState } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { password: '', confirm: '' } });
  const watchedPassword = useWatch({ control, name: 'password' });

  if (!token) {
    return (
      <Alert tone="danger" title="This link is incomplete">
        Open the link from the email again, or <Link to="/forgot-password" className="font-medium underline">ask for a new one</Link>.
      </Alert>
    );
  }

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await reset.mutateAsync({ token, password: values.password });
      navigate('/login?reset=1', { replace: true });
    } catch (e) {
      if (isProblem(e, 'invalid_token')) {
        setFormError('This reset link has expired or was already used. Ask for a new one.');
        return;
      }
      const rest = applyFieldErrors(e, setError, ['password']);
      if (!isProblem(e, 'validation_failed') || rest.length > 0) setFormError(errorMessage(e));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {formError && (
        <Alert tone="danger" action={<Link to="/forgot-password" className="font-medium underline">Request a new link</Link>}>
          {formError}
        </Alert>
      )}
      <FormField id="password" label="New password" error={formState.errors.password?.message} hint={<PasswordStrength password={watchedPassword} />}>
        <Input type="password" autoComplete="new-password" autoFocus {...register('password')} />
      </FormField>
      <FormField id="confirm" label="Repeat new password" error={formState.errors.confirm?.message}>
        <Input type="password" autoComplete="new-password" {...register('confirm')} />
      </FormField>
      <Button type="submit" loading={formState.isSubmitting} className="w-full">
        Set new password
      </Button>
    </form>
  );
}
