import { PageHeader } from '@/components/ui/page-header';
import type { Me } from '@/lib/api/types';
import { ChangePasswordForm } from './change-password-form';
import { SessionsList } from './sessions-list';
import { TwoFactorSection } from './two-factor-section';

export function SecurityPage({ me }: { me: Me }) {
  return (
    <>
      <PageHeader title="Security" description={`Sign-in settings for ${me.user.email}.`} />
      <div className="flex flex-col gap-6">
        <ChangePasswordForm />
        <TwoFactorSection enabled={me.user.totp_enabled} />
        <SessionsList />
      </div>
    </>
  );
}
