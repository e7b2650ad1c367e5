import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem } from '@/testing/render';
import { brand, brandSummary, persona, renderAt } from '@/features/agents/testing/fixtures';
import { BriefPage } from './brief-page';

function handlers(extra: Record<string, (req: Request) => Response> = {}) {
  return mockFetch({
    'GET /api/v1/brands': () => json({ items: [brandSummary('b1', 'Acme'), brandSummary('b2', 'Beta')] }),
    'GET /api/v1/brands/b1': () => json(brand('b1', 'Acme', { formal_casual: 70, serious_playful: 30, respectful_irreverent: 20, matter_of_fact_enthusiastic: 60 })),
    'GET /api/v1/brands/b1/personas': () => json({ items: [persona('p1', 'Ops lead'), persona('p2', 'Founder')] }),
    'GET /api/v1/credits': () => json({ balance: 100, credits_per_1000_words: 5, transactions: [] }),
    'GET /api/v1/agent-runs': () => json({ items: [] }),
    ...extra,
  });
}

describe('BriefPage', () => {
  it('shows the email sequence and keywords only with their channels, estimates like the server and sends exactly the brief', async () => {
    const user = userEvent.setup();
    const { calls } = handlers({
      'POST /api/v1/agent-runs': () => json({ id: 'r9', brand_id: 'b1', status: 'queued', total: 5, done: 0, credits_reserved: 25, credits_charged: 0, words: 0, created_at: '2026-03-01T10:00:00Z', items: [] }, 202),
    });
    renderAt(<BriefPage canWrite />);

    await screen.findByRole('checkbox', { name: 'Ops lead' });
    expect(screen.queryByTestId('email-sequence')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Search keywords')).not.toBeInTheDocument();
    expect(screen.getByTestId('credit-estimate')).toHaveTextContent('Reserves up to 0 credits (balance 100)');

    await user.click(screen.getByRole('button', { name: 'LinkedIn' }));
    await user.click(screen.getByRole('button', { name: 'Email' }));
    const sequence = screen.getByTestId('email-sequence');
    await user.click(within(sequence).getByRole('radio', { name: '3' }));
    // (LinkedIn 350 + 3 emails × 450) × 2 variants = 3,400 words → 20 credits
    expect(screen.getByTestId('credit-estimate')).toHaveTextContent('Reserves up to 20 credits (balance 100)');

    await user.click(screen.getByRole('button', { name: 'Blog post' }));
    await user.type(screen.getByLabelText('Search keywords'), 'espresso,grinders{Enter}');
    // Turning Email off hides the sequence and leaves it out of the request.
    await user.click(screen.getByRole('button', { name: 'Email' }));
    expect(screen.queryByTestId('email-sequence')).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Founder' }));
    await user.type(screen.getByLabelText('Key message'), '  Fresh beans weekly  ');
    await user.type(screen.getByLabelText('Link'), 'https://acme.test/beans');
    await user.click(screen.getByRole('checkbox', { name: /Adjust the tone/ }));
    await user.click(screen.getByRole('button', { name: 'Write drafts' }));

    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/create/runs/r9'));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({
      brand_id: 'b1',
      persona_ids: ['p2'],
      channels: ['linkedin', 'blog'],
      goal: '',
      key_message: 'Fresh beans weekly',
      call_to_action: '',
      cta_url: 'https://acme.test/beans',
      campaign: null,
      variants: 2,
      // The override starts from the brand's voice.
      tone_override: { formal_casual: 70, serious_playful: 30, respectful_irreverent: 20, matter_of_fact_enthusiastic: 60 },
      keywords: ['espresso', 'grinders'],
    });
    // Many typed keystrokes: over the default five seconds on a busy machine.
  }, 15_000);

  it('refuses to send without a key message or channel and says so next to the fields', async () => {
    const user = userEvent.setup();
    const { calls } = handlers();
    renderAt(<BriefPage canWrite />);
    await user.click(await screen.findByRole('button', { name: 'Write drafts' }));
    expect(await screen.findByText('Pick at least one channel.')).toBeInTheDocument();
    const key = screen.getByLabelText('Key message');
    expect(key).toHaveAttribute('aria-invalid', 'true');
    expect(key).toHaveAccessibleDescription(/Write the one thing every draft should say/);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('shows the server credit refusal beside the submit button and field errors beside their fields', async () => {
    const user = userEvent.setup();
    let answer = problem(402, 'insufficient_credits', 'This generation needs up to 25 credits and the organization has 10.');
    handlers({ 'POST /api/v1/agent-runs': () => answer });
    renderAt(<BriefPage canWrite />);

    await user.click(await screen.findByRole('button', { name: 'X' }));
    await user.type(screen.getByLabelText('Key message'), 'Hello');
    await user.click(screen.getByRole('button', { name: 'Write drafts' }));
    const detail = await screen.findByText('This generation needs up to 25 credits and the organization has 10.');
    expect(screen.getByRole('button', { name: 'Write drafts' })).toHaveAccessibleDescription(detail.textContent ?? '');

    answer = problem(422, 'validation_failed', 'Some fields are not valid.', { errors: [{ field: 'cta_url', code: 'invalid', message: 'must be an http or https URL' }] });
    await user.click(screen.getByRole('button', { name: 'Write drafts' }));
    expect(await screen.findByText('must be an http or https URL')).toBeInTheDocument();
    expect(screen.getByLabelText('Link')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText(/needs up to 25 credits/)).not.toBeInTheDocument();
  });
  it('fills the brief from a research source and sends its facts, minus the ones removed', async () => {
    const user = userEvent.setup();
    const source = (kind: string, id: string, title: string, research: string[]) => ({
      kind,
      id,
      title,
      detail: `${title} detail`,
      suggestion: { topic: 'Gantt charts', goal: 'Win comparison searches', key_message: 'Planner is the simplest Gantt tool', keywords: ['gantt chart software'], channels: ['blog'], research },
    });
    const { calls } = handlers({
      'GET /api/v1/research/brief-sources': (req) =>
        new URL(req.url).searchParams.get('kind') === 'competitor'
          ? json({ items: [source('competitor', 'c1', 'Acme', ['Acme cut its prices.'])] })
          : json({ items: [source('keyword_cluster', '3', 'gantt chart software', ['Competitors cover gantt chart software.', 'We have no page on it.'])] }),
      'POST /api/v1/agent-runs': () => json({ id: 'r9', brand_id: 'b1', status: 'queued', total: 1, done: 0, credits_reserved: 5, credits_charged: 0, words: 0, created_at: '2026-03-01T10:00:00Z', items: [] }, 202),
    });
    renderAt(<BriefPage canWrite />);
    await user.click(await screen.findByRole('button', { name: 'Choose a source' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start from research' });
    await user.click(within(dialog).getByRole('button', { name: 'Competitors' }));
    expect(await within(dialog).findByText('Acme')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'All' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Use gantt chart software' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Topic')).toHaveValue('Gantt charts');
    expect(screen.getByLabelText('Key message')).toHaveValue('Planner is the simplest Gantt tool');
    expect(screen.getByRole('button', { name: 'Blog post' })).toHaveAttribute('aria-pressed', 'true');
    const facts = screen.getByRole('list', { name: 'Research facts' });
    expect(within(facts).getAllByRole('listitem')).toHaveLength(2);
    await user.click(within(facts).getByRole('button', { name: 'Remove fact: We have no page on it.' }));

    await user.click(screen.getByRole('checkbox', { name: 'Ops lead' }));
    await user.click(screen.getByRole('button', { name: 'Write drafts' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/create/runs/r9'));
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      topic: 'Gantt charts',
      goal: 'Win comparison searches',
      channels: ['blog'],
      keywords: ['gantt chart software'],
      research: ['Competitors cover gantt chart software.'],
    });
  });

  describe('writing language', () => {
    const spanishBrand = () => ({ ...brand('b1', 'Acme'), draft: { name: 'Acme', voice: {}, language: 'es' } });
    const builtin = { provider: 'builtin', model: 'composer', languages: ['en'] };
    const queued = () => json({ id: 'r9', brand_id: 'b1', status: 'queued', total: 1, done: 0, credits_reserved: 5, credits_charged: 0, words: 0, created_at: '2026-03-01T10:00:00Z', items: [] }, 202);

    it('says before sending that the built-in composer writes English only, and does not send', async () => {
      const user = userEvent.setup();
      const { calls } = handlers({
        'GET /api/v1/brands/b1': () => json(spanishBrand()),
        'GET /api/v1/agents/writer': () => json(builtin),
        'POST /api/v1/agent-runs': queued,
      });
      renderAt(<BriefPage canWrite />);
      const warning = await screen.findByTestId('language-warning');
      const box = warning.closest('[role="alert"]') as HTMLElement;
      expect(box).toHaveTextContent('The built-in composer writes English only, not Spanish.');
      expect(within(box).getByRole('link', { name: 'Connect a language model' })).toHaveAttribute('href', '/settings/ai');
      expect(screen.getByLabelText('Campaign (internal, never published)')).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'X' }));
      await user.type(screen.getByLabelText('Key message'), 'Hola');
      await user.click(screen.getByRole('button', { name: 'Write drafts' }));
      expect(await screen.findByText(/Not sent: pick a language the writer knows/)).toBeInTheDocument();
      expect(screen.getByLabelText('Language')).toHaveAttribute('aria-invalid', 'true');
      expect(calls.some((c) => c.method === 'POST')).toBe(false);

      // Writing in English instead clears the warning and sends the choice, with the public theme.
      await user.click(within(box).getByRole('button', { name: 'Write in English' }));
      expect(screen.queryByTestId('language-warning')).not.toBeInTheDocument();
      await user.type(screen.getByLabelText('Theme'), 'Spring into coffee');
      await user.click(screen.getByRole('button', { name: 'Write drafts' }));
      await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/create/runs/r9'));
      expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({ language: 'en', theme: 'Spring into coffee', key_message: 'Hola' });
    });

    it('writes any language with a model that has no limit, and shows a server refusal next to the field', async () => {
      const user = userEvent.setup();
      const { calls } = handlers({
        'GET /api/v1/brands/b1': () => json(spanishBrand()),
        'GET /api/v1/agents/writer': () => json({ provider: 'anthropic', model: 'claude', languages: null }),
        'POST /api/v1/agent-runs': () => problem(422, 'language_unsupported', 'The built-in composer writes English only; connect a language model to write in Spanish.'),
      });
      renderAt(<BriefPage canWrite />);
      await user.click(await screen.findByRole('button', { name: 'X' }));
      await user.type(screen.getByLabelText('Key message'), 'Hola');
      expect(screen.queryByTestId('language-warning')).not.toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Write drafts' }));
      expect(await screen.findByText(/connect a language model to write in Spanish/)).toBeInTheDocument();
      expect(screen.getByLabelText('Language')).toHaveAttribute('aria-invalid', 'true');
      expect(calls.find((c) => c.method === 'POST')?.body).not.toHaveProperty('language');
    });
  });
});
