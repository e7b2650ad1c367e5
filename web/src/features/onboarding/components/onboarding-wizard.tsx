import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/empty-state';
import { PageSpinner } from '@/components/ui/spinner';
import { errorMessage } from '@/lib/api/problem';
import type { Brand, StepKey } from '@/lib/api/types';
import { useQueryClient } from '@tanstack/react-query';
import { brandQueryKey, useBrand } from '../api/get-brand';
import { useOnboarding } from '../api/get-onboarding';
import { useSaveOnboarding } from '../api/save-onboarding';
import { StepFoundation, type CaptureSlot } from './step-foundation';
import { StepPublish } from './step-publish';
import { StepResearch } from './step-research';
import { StepVisual } from './step-visual';
import { Stepper } from './stepper';

const ORDER: StepKey[] = ['brand_foundation', 'research', 'visual_identity', 'first_drafts'];

const HEADINGS: Record<StepKey, { title: string; text: string }> = {
  brand_foundation: { title: 'Your brand foundation', text: 'The ground every draft stands on: who you are, why you exist, what you stand for.' },
  research: { title: 'Research your market', text: 'What the agents will learn about your site and your competitors.' },
  visual_identity: { title: 'Your visual identity', text: 'Capture your colours from your website, or generate a palette from one colour.' },
  first_drafts: { title: 'Publish your brand kit, then get first drafts', text: 'One published version your team and the AI agents work from; then a first brief for the agents.' },
};

function next(step: StepKey): StepKey {
  return ORDER[Math.min(ORDER.indexOf(step) + 1, ORDER.length - 1)];
}

/**
 * The four-step setup. Each finished step is saved on the server at once, so the wizard resumes
 * where it was left and the dashboard checklist shows the same progress.
 */
export function OnboardingWizard({ renderCapture }: { renderCapture: CaptureSlot }) {
  const onboarding = useOnboarding();
  const save = useSaveOnboarding();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [viewing, setViewing] = useState<StepKey | null>(null);
  const brandId = onboarding.data?.brand_id ?? null;
  const brand = useBrand(brandId);

  if (onboarding.isPending) return <PageSpinner label="Loading your setup" />;
  if (onboarding.isError) return <ErrorState message={errorMessage(onboarding.error)} onRetry={() => onboarding.refetch()} />;

  const data = onboarding.data;
  const current = viewing ?? data.current_step;
  const finish = (step: StepKey, extra?: { brand_id?: string }) =>
    save.mutate({ current_step: next(step), completed: [step], brand_id: extra?.brand_id ?? brandId }, { onSuccess: () => setViewing(null) });
  const brandReady = brand.data ?? null;
  const heading = HEADINGS[current];

  const body = () => {
    if (brandId && brand.isPending) return <PageSpinner label="Loading your brand" />;
    if (brandId && brand.isError) return <ErrorState message={errorMessage(brand.error)} onRetry={() => brand.refetch()} />;
    switch (current) {
      case 'brand_foundation':
        return (
          <StepFoundation
            brand={brandReady}
            renderCapture={renderCapture}
            onBrandCreated={(b: Brand) => {
              queryClient.setQueryData(brandQueryKey(b.id), b);
              save.mutate({ current_step: 'brand_foundation', completed: [], brand_id: b.id });
            }}
            onDone={() => finish('brand_foundation')}
          />
        );
      case 'research':
        return <StepResearch onDone={() => finish('research')} saving={save.isPending} />;
      case 'visual_identity':
        return brandReady ? <StepVisual brand={brandReady} renderCapture={renderCapture} onDone={() => finish('visual_identity')} /> : <NeedBrand onBack={() => setViewing('brand_foundation')} />;
      case 'first_drafts':
        return brandReady ? (
          <StepPublish
            brand={brandReady}
            onPublished={(after) =>
              after === 'drafts'
                ? // The step counts as done once the first drafts exist.
                  navigate(`/create?brand=${brandReady.id}`)
                : save.mutate(
                    { current_step: 'first_drafts', completed: ['first_drafts'], brand_id: brandReady.id },
                    { onSettled: () => navigate(`/brands/${brandReady.id}/kit`) },
                  )
            }
          />
        ) : (
          <NeedBrand onBack={() => setViewing('brand_foundation')} />
        );
    }
  };

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <p className="text-sm font-medium text-primary">Set up Brandium</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight sm:text-[1.75rem]">Your brand in four steps</h1>
      </div>
      <Stepper steps={data.steps} current={current} onSelect={setViewing} />
      <Card>
        <CardHeader>
          <CardTitle>{heading.title}</CardTitle>
          <CardDescription>{heading.text}</CardDescription>
        </CardHeader>
        <CardContent>
          {save.isError && (
            <Alert tone="danger" className="mb-4">
              Your progress could not be saved: {errorMessage(save.error)}
            </Alert>
          )}
          {body()}
        </CardContent>
      </Card>
    </div>
  );
}

function NeedBrand({ onBack }: { onBack: () => void }) {
  return (
    <Alert tone="info">
      Name your brand first.{' '}
      <button type="button" className="font-medium underline" onClick={onBack}>
        Go to the foundation step
      </button>
    </Alert>
  );
}
