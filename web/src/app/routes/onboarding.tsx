import { useQueryClient } from '@tanstack/react-query';
import { OnboardingWizard } from '@/features/onboarding/components/onboarding-wizard';
import { CaptureFromWebsite } from '@/features/visual-identity/components/capture-from-website';
import { useTitle } from '@/lib/use-title';

/** The setup wizard, with the website capture of the visual-identity feature plugged into its steps. */
export function OnboardingRoute() {
  useTitle('Set up your brand');
  const queryClient = useQueryClient();
  return (
    <OnboardingWizard
      renderCapture={({ brandId, onApplied }) => (
        <CaptureFromWebsite
          brandId={brandId}
          onApply={() => {
            // The capture saved the draft; the wizard shows it from the brand query.
            void queryClient.invalidateQueries({ queryKey: ['brands'] }).then(onApplied);
          }}
        />
      )}
    />
  );
}
