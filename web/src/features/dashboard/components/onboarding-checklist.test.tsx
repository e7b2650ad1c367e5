import { screen, within } from '@testing-library/react';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { OnboardingChecklist } from './onboarding-checklist';

const steps = [
  { key: 'brand_foundation', title: 'Define your brand foundation', description: 'Mission, vision, values.', done: true },
  { key: 'research', title: 'Research your market', description: 'Crawl your site.', done: false },
  { key: 'visual_identity', title: 'Capture your visual identity', description: 'Colours and type.', done: false },
  { key: 'first_drafts', title: 'Get your first AI drafts', description: 'Drafts into your inbox.', done: false },
];

describe('OnboardingChecklist', () => {
  it('renders every step with its description and whether it is done', async () => {
    mockFetch({ 'GET /api/v1/onboarding': () => json({ steps }) });
    renderWithProviders(<OnboardingChecklist />);

    const list = await screen.findByRole('list', { name: 'Onboarding checklist' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items.map((li) => li.getAttribute('data-step'))).toEqual(['brand_foundation', 'research', 'visual_identity', 'first_drafts']);
    expect(within(items[0]).getByText('Define your brand foundation')).toBeInTheDocument();
    expect(within(items[0]).getByText('Mission, vision, values.')).toBeInTheDocument();
    expect(within(items[0]).getByText('Done')).toBeInTheDocument();
    expect(within(items[1]).getByText('To do')).toBeInTheDocument();
    expect(screen.getByTestId('onboarding-progress')).toHaveTextContent('1 of 4 done');
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '25');
  });

  it('shows a loading state, then an error state with a retry', async () => {
    mockFetch({ 'GET /api/v1/onboarding': () => problem(500, 'internal', 'Something went wrong.') });
    renderWithProviders(<OnboardingChecklist />);
    expect(screen.getByRole('status', { name: 'Loading checklist' })).toBeInTheDocument();
    expect(await screen.findByText("We couldn't load this")).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
