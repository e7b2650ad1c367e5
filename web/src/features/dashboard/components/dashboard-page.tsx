import { LineChart, Megaphone } from 'lucide-react';
import { Card, CardContent } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import type { Me } from '@/lib/api/types';
import { roleLabel } from '@/lib/auth/roles';
import { CreditsCard } from './credits-card';
import { DraftsCard } from './drafts-card';
import { OnboardingChecklist } from './onboarding-checklist';

function greeting(now = new Date()): string {
  const h = now.getHours();
  return h < 12 ? 'Good morning' : h < 18 ? 'Good afternoon' : 'Good evening';
}

export function DashboardPage({ me }: { me: Me }) {
  const first = me.user.name.trim().split(/\s+/)[0] || me.user.email;
  return (
    <>
      <div className="mb-6">
        <p className="text-sm font-medium text-primary">{me.organization.name}</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight sm:text-[1.75rem]">
          {greeting()}, {first}
        </h1>
        <p className="mt-1 text-sm text-muted">
          Welcome to <span data-testid="dashboard-org" className="font-medium text-slate">{me.organization.name}</span>. You are signed in as {roleLabel(me.role)}.
        </p>
      </div>
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <OnboardingChecklist />
        <div className="grid content-start gap-6 sm:grid-cols-2 xl:grid-cols-1">
          <div className="sm:col-span-2 xl:col-span-1">
            <CreditsCard />
          </div>
          <DraftsCard />
          <Card>
            <CardContent>
              <EmptyState icon={Megaphone} title="No campaigns running" className="py-4">
                Campaigns you plan and publish will show their status here.
              </EmptyState>
            </CardContent>
          </Card>
          <Card className="sm:col-span-2 xl:col-span-1">
            <CardContent>
              <EmptyState icon={LineChart} title="No analytics yet" className="py-4">
                Performance of your content appears after your first publication.
              </EmptyState>
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
