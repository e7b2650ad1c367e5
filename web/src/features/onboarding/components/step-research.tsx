import { Radar, SearchCheck, Swords } from 'lucide-react';
import { Button } from '@/components/ui/button';

const POINTS = [
  { icon: SearchCheck, title: 'Technical SEO audit', text: 'A crawl of your site with prioritized fixes.' },
  { icon: Swords, title: 'Competitors', text: 'How they position themselves, and alerts when they change.' },
  { icon: Radar, title: 'Keywords and mentions', text: 'The topics your market searches for and talks about.' },
];

/** Step 2: what market research will add. Nothing to fill in here yet, so the step can be passed. */
export function StepResearch({ onDone, saving }: { onDone: () => void; saving: boolean }) {
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm text-slate">
        Research feeds the agents with facts about your market. It is not part of this workspace yet; your brand kit does not depend on it, so you can carry on and come back to it later.
      </p>
      <ul className="grid gap-3 sm:grid-cols-3">
        {POINTS.map(({ icon: Icon, title, text }) => (
          <li key={title} className="rounded-[var(--radius-card)] border border-line p-4">
            <Icon className="size-5 text-primary" aria-hidden="true" />
            <p className="mt-2 font-heading text-sm font-semibold text-ink">{title}</p>
            <p className="mt-1 text-sm text-muted">{text}</p>
          </li>
        ))}
      </ul>
      <div className="flex justify-end">
        <Button onClick={onDone} loading={saving}>
          Continue
        </Button>
      </div>
    </div>
  );
}
