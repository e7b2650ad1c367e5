import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { MIN_PASSWORD_LENGTH, PasswordStrength } from '@/components/ui/password-strength';
import { applyFieldErrors, errorMessage, isProblem } from '@/lib/api/problem';
import { useChangePassword } from '../api/change-password';

const schema = z
  .object({
    current_password: z.string().min(1, 'Enter your current password.'),
    new_password: z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`).max(128, 'Use at most 128 characters.'),
    confirm: z.string(),
  })
  .refine((v) => v.new_password === v.confirm, { path: ['confirm'], message: 'The passwords do not match.' });
type Values = z.infer<typeof schema>;

export function ChangePasswordForm() {
  const change = useChangePassword();
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, reset, control, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { current_password: '', new_password: '', confirm: '' },
  });
  const watchedPassword = useWatch({ control, name: 'new_password' });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setDone(false);
    try {
      await change.mutateAsync({ current_password: values.current_password, new_password: values.new_password });
      reset();
      setDone(true);
    } catch (e) {
      if (isProblem(e, 'invalid_credentials')) {
        setError('current_password', { message: 'That is not your current password.' }, { shouldFocus: true });
        return;
      }
      const rest = applyFieldErrors(e, setError, ['current_password', 'new_password']);
      if (!isProblem(e, 'validation_failed') || rest.length > 0) setFormError(errorMessage(e));
    }
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle>Password</CardTitle>
        <CardDescription>Changing it signs out every other session.</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={onSubmit} noValidate className="flex max-w-md flex-col gap-5">
          {done && (
            <Alert tone="success" onDismiss={() => setDone(false)}>
              Password changed. Your other sessions were signed out.
            </Alert>
          )}
          {formError && <Alert tone="danger">{formError}</Alert>}
          <FormField id="current_password" label="Current password" error={formState.errors.current_password?.message}>
            <Input type="password" autoComplete="current-password" {...register('current_password')} />
          </FormField>
          <FormField id="new_password" label="New password" error={formState.errors.new_password?.message} hint={<PasswordStrength password={watchedPassword} />}>
            <Input type="password" autoComplete="new-password" {...register('new_password')} />
          </FormField>
          <FormField id="confirm_password" label="Repeat new password" error={formState.errors.confirm?.message}>
            <Input type="password" autoComplete="new-password" {...register('confirm')} />
          </FormField>
          <div>
            <Button type="submit" loading={formState.isSubmitting}>
              Change password
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
