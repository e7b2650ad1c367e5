import { Link, useSearchParams } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { Alert } from '@/components/ui/alert';
import { useTitle } from '@/lib/use-title';
import { AcceptInvite } from '@/features/auth/components/accept-invite-form';
import { ForgotPasswordForm } from '@/features/auth/components/forgot-password-form';
import { LoginForm } from '@/features/auth/components/login-form';
import { OidcCallback } from '@/features/auth/components/oidc-callback';
import { ResetPasswordForm } from '@/features/auth/components/reset-password-form';
import { SignupForm } from '@/features/auth/components/signup-form';
import { GuestOnly } from './guards';

const linkClass = 'font-medium text-primary hover:underline';

export function LoginRoute() {
  useTitle('Sign in');
  const [params] = useSearchParams();
  return (
    <GuestOnly>
      <AuthLayout
        title="Sign in"
        description="Welcome back to Brandium."
        footer={
          <>
            New to Brandium?{' '}
            <Link to="/signup" className={linkClass}>
              Create an account
            </Link>
          </>
        }
      >
        {params.get('reset') && (
          <Alert tone="success" className="mb-5">
            Your password was changed. Sign in with the new one.
          </Alert>
        )}
        <LoginForm />
      </AuthLayout>
    </GuestOnly>
  );
}

export function SignupRoute() {
  useTitle('Create account');
  return (
    <GuestOnly>
      <AuthLayout
        title="Create your account"
        description="Set up your organization in under a minute."
        footer={
          <>
            Already have an account?{' '}
            <Link to="/login" className={linkClass}>
              Sign in
            </Link>
          </>
        }
      >
        <SignupForm />
      </AuthLayout>
    </GuestOnly>
  );
}

export function ForgotPasswordRoute() {
  useTitle('Forgot password');
  return (
    <AuthLayout
      title="Reset your password"
      description="Enter the email of your account and we will send you a link to choose a new password."
      footer={
        <Link to="/login" className={linkClass}>
          Back to sign in
        </Link>
      }
    >
      <ForgotPasswordForm />
    </AuthLayout>
  );
}

export function ResetPasswordRoute() {
  useTitle('Choose a new password');
  const [params] = useSearchParams();
  return (
    <AuthLayout title="Choose a new password" description="Every other session of your account will be signed out.">
      <ResetPasswordForm token={params.get('token') ?? ''} />
    </AuthLayout>
  );
}

export function AcceptInviteRoute() {
  useTitle('Join organization');
  const [params] = useSearchParams();
  return (
    <AuthLayout title="Join your team" description="Accept the invitation to start working in Brandium.">
      <AcceptInvite token={params.get('token') ?? ''} />
    </AuthLayout>
  );
}

export function AuthCallbackRoute() {
  useTitle('Signing in');
  return (
    <AuthLayout title="Single sign-on">
      <OidcCallback />
    </AuthLayout>
  );
}
