import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { FoundationPage } from './foundation-page';

const me = (permissions: string[]) => ({
  user: { id: 'u1', email: 'ada@example.com', name: 'Ada', totp_enabled: false, created_at: '2026-01-01T00:00:00Z' },
  organization: { id: 'o1', name: 'Acme', slug: 'acme', created_at: '2026-01-01T00:00:00Z' },
  role: 'creator',
  permissions,
});

function brand(draft: Record<string, unknown> = {}) {
  return {
    id: 'b1',
    name: 'Acme',
    published_version: 1,
    published_at: '2026-01-01T00:00:00Z',
    has_unpublished_changes: false,
    created_at: '2026-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    draft: {
      name: 'Acme',
      tagline: '',
      mission: '',
      vision: '',
      values: [{ name: 'Care', description: '' }],
      positioning: { target: 'home baristas', need: '', category: '', benefit: '', alternative: '', differentiator: '' },
      value_propositions: [],
      messaging_pillars: [],
      story: '',
      pitches: { words_25: '', words_50: '', words_100: '' },
      voice: {},
      visual: {},
      ...draft,
    },
  };
}

describe('FoundationPage', () => {
  it('marks unsaved changes, saves the whole draft and shows server errors next to their fields', async () => {
    const user = userEvent.setup();
    const { calls } = mockFetch({
      'GET /api/v1/auth/user': () => json(me(['org_read', 'content_write'])),
      'GET /api/v1/brands/b1': () => json(brand()),
      'PUT /api/v1/brands/b1/draft': () =>
        problem(422, 'validation_failed', 'Some fields are not valid.', { errors: [{ field: 'values[0].name', code: 'invalid', message: 'This field is required.' }] }),
    });
    renderWithProviders(<FoundationPage brandId="b1" />);

    const name = await screen.findByLabelText('Name', { selector: '#field-values-0-name' });
    await waitFor(() => expect(name).not.toHaveAttribute('readonly'));
    expect(screen.getByText('Published · v1')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
    // the positioning sentence reads the parts
    expect(screen.getByText('home baristas').closest('blockquote')).toHaveTextContent(/^For home baristas who need, Acme is a/);

    await user.clear(name);
    expect(screen.getByText('Unsaved changes', { selector: 'span' })).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Save' })[0]);

    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name.getAttribute('aria-describedby')).toBe('field-values-0-name-error');
    expect(document.getElementById('field-values-0-name-error')).toHaveTextContent('This field is required.');
    expect(screen.getByText('Some fields need attention')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toMatchObject({ name: 'Acme', values: [{ name: '', description: '' }], positioning: { target: 'home baristas' } });
  });

  it('shows the publish action to approvers once the saved draft differs from the published version', async () => {
    mockFetch({
      'GET /api/v1/auth/user': () => json(me(['org_read', 'content_write', 'content_approve'])),
      'GET /api/v1/brands/b1': () => json({ ...brand(), has_unpublished_changes: true }),
    });
    renderWithProviders(<FoundationPage brandId="b1" />);
    expect(await screen.findByRole('button', { name: 'Publish' })).toBeEnabled();
    expect(screen.getByText('Saved · not published')).toBeInTheDocument();
  });

  it('publishes without saving the draft again underneath', async () => {
    const user = userEvent.setup();
    const { calls } = mockFetch({
      'GET /api/v1/auth/user': () => json(me(['org_read', 'content_write', 'content_approve'])),
      'GET /api/v1/brands/b1': () => json({ ...brand(), has_unpublished_changes: true }),
      'POST /api/v1/brands/b1/publish': () => json({ version: 2, message: 'Shorter mission', published_by: 'u1', published_at: '2026-01-02T00:00:00Z' }, 201),
    });
    renderWithProviders(<FoundationPage brandId="b1" />);
    await user.click(await screen.findByRole('button', { name: 'Publish' }));
    await user.type(screen.getByLabelText('What changed?'), 'Shorter mission');
    await user.click(screen.getByRole('dialog').querySelector('button[type="submit"]')!);
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([]);
  });

  it('edits the brand facts the writers use and shows their server errors next to them', async () => {
    const user = userEvent.setup();
    const { calls } = mockFetch({
      'GET /api/v1/auth/user': () => json(me(['org_read', 'content_write'])),
      'GET /api/v1/brands/b1': () => json(brand({ language: 'en', industry: '', offer: '', location: '', proof_points: [], key_messages: [] })),
      'PUT /api/v1/brands/b1/draft': () =>
        problem(422, 'validation_failed', 'Some fields are not valid.', {
          errors: [
            { field: 'industry', code: 'length', message: 'At most 200 characters.' },
            { field: 'proof_points[1]', code: 'length', message: 'At most 5000 characters.' },
          ],
        }),
    });
    renderWithProviders(<FoundationPage brandId="b1" />);
    const industry = await screen.findByLabelText('Industry');
    await waitFor(() => expect(industry).not.toHaveAttribute('readonly'));
    expect(screen.getByLabelText('Writing language')).toHaveTextContent('English');
    await user.type(industry, 'Coffee roasting');
    await user.type(screen.getByLabelText('Location'), 'Portland');
    await user.type(screen.getByLabelText('Offer'), 'A free tasting flight');
    await user.type(screen.getByLabelText('Proof points'), 'Roasting since 2009{Enter}4,000 cafés served');
    await user.type(screen.getByLabelText('Key messages'), 'Roasted Monday, shipped Tuesday');
    await user.click(screen.getAllByRole('button', { name: 'Save' })[0]);

    await waitFor(() => expect(industry).toHaveAttribute('aria-invalid', 'true'));
    expect(document.getElementById('field-industry-error')).toHaveTextContent('At most 200 characters.');
    expect(screen.getByLabelText('Proof points')).toHaveAttribute('aria-invalid', 'true');
    expect(document.getElementById('field-proof-points-error')).toHaveTextContent('Line 2: At most 5000 characters.');
    expect(calls.find((c) => c.method === 'PUT')?.body).toMatchObject({
      language: 'en',
      industry: 'Coffee roasting',
      location: 'Portland',
      offer: 'A free tasting flight',
      proof_points: ['Roasting since 2009', '4,000 cafés served'],
      key_messages: ['Roasted Monday, shipped Tuesday'],
    });
  });
});
