import { zodResolver } from '@hookform/resolvers/zod';
import { MailCheck } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { applyFieldErrors, errorMessage, isProblem } from '@/lib/api/problem';
import { useForgotPassword } from '../api/forgot-password';

const schema = z.object({ email: z.email('Enter a valid email address.') });
type Values = z.infer<typeof schema>;

export function ForgotPasswordForm() {
  const forgot = useForgotPassword();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: '' } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await forgot.mutateAsync(values);
      setSentTo(values.email);
    } catch (e) {
      const rest = applyFieldErrors(e, setError, ['email']);
      if (!isProblem(e, 'validation_failed') || rest.length > 0) setFormError(errorMessage(e));
    }
  });

  if (sentTo) {
    return (
      <EmptyState icon={MailCheck} title="Check your inbox" className="py-4">
        If an account exists for <strong className="text-ink">{sentTo}</strong>, we sent a link to reset its password. The link works for a limited time.
      </EmptyState>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {formError && <Alert tone="danger">{formError}</Alert>}
      <FormField id="email" label="Email" error={formState.errors.email?.message}>
        <Input type="email" autoComplete="email" inputMode="email" autoFocus {...register('email')} />
      </FormField>
      <Button type="submit" loading={formState.isSubmitting} className="w-full">
        Send reset link
      </Button>
    </form>
  );
}
