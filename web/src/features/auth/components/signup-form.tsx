import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { MIN_PASSWORD_LENGTH, PasswordStrength } from '@/components/ui/password-strength';
import { applyFieldErrors, errorMessage, isProblem } from '@/lib/api/problem';
import { startSession } from '@/lib/auth/session';
import { useSignup } from '../api/signup';

const schema = z.object({
  name: z.string().trim().min(1, 'Enter your name.').max(200, 'Use at most 200 characters.'),
  email: z.email('Enter a valid email address.'),
  password: z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`).max(128, 'Use at most 128 characters.'),
  organization_name: z.string().trim().min(1, 'Name your organization.').max(200, 'Use at most 200 characters.'),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['name', 'email', 'password', 'organization_name'] as const;

export function SignupForm() {
  const signup = useSignup();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, control, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', email: '', password: '', organization_name: '' },
  });
  const password = useWatch({ control, name: 'password' });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const tokens = await signup.mutateAsync(values);
      startSession(tokens, queryClient);
      navigate('/', { replace: true });
    } catch (e) {
      if (isProblem(e, 'email_taken')) {
        setError('email', { message: 'An account with this email already exists. Sign in instead.' }, { shouldFocus: true });
        return;
      }
      const rest = applyFieldErrors(e, setError, FIELDS);
      if (!isProblem(e, 'validation_failed') || rest.length > 0) setFormError(errorMessage(e));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {formError && <Alert tone="danger">{formError}</Alert>}
      <FormField id="name" label="Your name" error={formState.errors.name?.message}>
        <Input autoComplete="name" autoFocus {...register('name')} />
      </FormField>
      <FormField id="email" label="Work email" error={formState.errors.email?.message}>
        <Input type="email" autoComplete="email" inputMode="email" {...register('email')} />
      </FormField>
      <FormField id="password" label="Password" error={formState.errors.password?.message} hint={<PasswordStrength password={password} />}>
        <Input type="password" autoComplete="new-password" {...register('password')} />
      </FormField>
      <FormField id="organization_name" label="Organization name" error={formState.errors.organization_name?.message} hint="Your company or brand. You can invite your team next.">
        <Input autoComplete="organization" {...register('organization_name')} />
      </FormField>
      <Button type="submit" loading={formState.isSubmitting} className="w-full">
        Create account
      </Button>
    </form>
  );
}
