import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ItemDetail } from '@/lib/api/types';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { detail, me, review, variant } from '../testing/fixtures';
import { ItemPage } from './item-page';

const ID = '00000000-0000-4000-8000-000000000001';
const brand = { id: 'b1', name: 'Lunar Roasters', draft: { name: 'Lunar Roasters', social_links: [], visual: {} } };

const withError = (over: Partial<ItemDetail> = {}) =>
  detail({
    variants: [
      variant(
        { kind: 'social', text: 'The best coffee in the world, guaranteed.', hashtags: ['coffee', 'launch', 'beans'] },
        {
          position: 0,
          review: review({
            score: 48,
            findings: [
              { field: 'text', rule: 'banned_term', severity: 'error', start: 4, end: 8, message: '"best" is a banned term.', suggestion: 'finest' },
              { field: 'hashtags[2]', rule: 'hashtag_limit', severity: 'error', start: 0, end: 5, message: 'At most 2 hashtags per post.' },
              { field: null, rule: 'disclaimer', severity: 'warning', start: 0, end: 0, message: 'Add the disclaimer.' },
            ],
          }),
        },
      ),
      variant({ kind: 'social', text: 'Fresh beans every week.', hashtags: [] }, { position: 1 }),
    ],
    ...over,
  });

function backend(item: ItemDetail, extra: Parameters<typeof mockFetch>[0] = {}) {
  return mockFetch({
    [`GET /api/v1/inbox/${ID}`]: () => json(item),
    'GET /api/v1/brands/b1': () => json(brand),
    'GET /api/v1/inbox/counts': () => json({}),
    ...extra,
  });
}

describe('approving a variant with review errors', () => {
  it('marks the errors by field, never approves in one click, and asks for a non-blank reason', async () => {
    const user = userEvent.setup();
    const { calls } = backend(withError(), {
      [`POST /api/v1/inbox/${ID}/approve`]: () => json({ ...withError(), state: 'approved', chosen_variant: 0 }),
    });
    renderWithProviders(<ItemPage id={ID} me={me()} />);
    const first = (await screen.findAllByTestId('variant'))[0];
    expect(within(first).getByTestId('variant-errors')).toHaveTextContent('2 errors');
    // Findings are grouped under the field they name, errors flagged on the group.
    const groups = within(first).getAllByTestId('finding-group');
    expect(groups.map((g) => g.getAttribute('data-field'))).toEqual(['text', 'hashtags[2]', '']);
    expect(groups[0]).toHaveTextContent('Post text');
    expect(groups[0]).toHaveTextContent('1 error');
    expect(groups[1]).toHaveTextContent('Hashtag 3');
    expect(groups[2]).toHaveTextContent('Whole draft');

    const approve = within(first).getByRole('button', { name: 'Approve variant 1' });
    expect(approve).toHaveAttribute('aria-haspopup', 'dialog');
    await user.click(approve);
    const dialog = await screen.findByRole('dialog', { name: 'Variant 1 has 2 errors' });
    expect(calls.some((c) => c.path.endsWith('/approve'))).toBe(false);
    const errors = within(dialog).getByRole('list', { name: 'Errors' });
    expect(within(errors).getAllByRole('listitem')).toHaveLength(2);
    expect(errors).toHaveTextContent('"best" is a banned term.');
    expect(errors).toHaveTextContent('At most 2 hashtags per post.');
    // Errors with the same message are told apart by the words they point at.
    expect(within(errors).getByText('best', { selector: 'q' })).toBeInTheDocument();

    // Blank (spaces only) is not a reason.
    await user.type(within(dialog).getByLabelText('Why approve it anyway?'), '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Approve anyway' }));
    expect(within(dialog).getByText('Write why it can be approved as it is.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Why approve it anyway?')).toHaveFocus();
    expect(calls.some((c) => c.path.endsWith('/approve'))).toBe(false);

    await user.type(within(dialog).getByLabelText('Why approve it anyway?'), 'Legal cleared the claim.');
    await user.click(within(dialog).getByRole('button', { name: 'Approve anyway' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.find((c) => c.path.endsWith('/approve'))?.body).toEqual({ variant: 0, override_reason: 'Legal cleared the claim.' });
  });

  it('approves a clean variant in one click', async () => {
    const user = userEvent.setup();
    const { calls } = backend(withError(), {
      [`POST /api/v1/inbox/${ID}/approve`]: () => json({ ...withError(), state: 'approved', chosen_variant: 1 }),
    });
    renderWithProviders(<ItemPage id={ID} me={me()} />);
    const second = (await screen.findAllByTestId('variant'))[1];
    await user.click(within(second).getByRole('button', { name: 'Approve variant 2' }));
    await waitFor(() => expect(calls.find((c) => c.path.endsWith('/approve'))?.body).toEqual({ variant: 1 }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows the refusal in the dialog when the caller may not override, and closes with Escape', async () => {
    const user = userEvent.setup();
    backend(withError(), {
      [`POST /api/v1/inbox/${ID}/approve`]: () => problem(403, 'override_not_allowed', 'The brand’s approval policy does not let creators approve over review errors.'),
    });
    renderWithProviders(<ItemPage id={ID} me={me()} />);
    const first = (await screen.findAllByTestId('variant'))[0];
    await user.click(within(first).getByRole('button', { name: 'Approve variant 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Variant 1 has 2 errors' });
    await user.type(within(dialog).getByLabelText('Why approve it anyway?'), 'Launch cannot wait.');
    await user.click(within(dialog).getByRole('button', { name: 'Approve anyway' }));
    expect(await within(dialog).findByText(/does not let creators approve over review errors/)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('offers no override to a role the policy leaves out; Fix it opens the variant editor', async () => {
    const user = userEvent.setup();
    backend(withError({ can_override: false }));
    renderWithProviders(<ItemPage id={ID} me={me()} />);
    const first = (await screen.findAllByTestId('variant'))[0];
    await user.click(within(first).getByRole('button', { name: 'Approve variant 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Variant 1 has 2 errors' });
    expect(within(dialog).queryByRole('button', { name: 'Approve anyway' })).not.toBeInTheDocument();
    expect(within(dialog).getByText(/Your role cannot approve a variant over its errors/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Fix it' }));
    const editor = await screen.findByTestId('variant-editor');
    expect(screen.getByRole('heading', { name: 'Editing variant 1' })).toBeInTheDocument();
    // The focus lands in the editor, not on the page behind the closed dialog.
    await waitFor(() => expect(within(editor).getByRole('textbox', { name: 'Post text' })).toHaveFocus());
  });

  it('asks for a fix or a reason when the server finds errors the page did not know of', async () => {
    const user = userEvent.setup();
    backend(detail(), {
      [`POST /api/v1/inbox/${ID}/approve`]: () =>
        problem(422, 'review_has_errors', 'Variant 1 has 1 error the brand does not allow.', {
          errors: [{ field: 'draft', code: 'disclaimer_missing', message: 'The required disclaimer is missing.' }],
        }),
    });
    renderWithProviders(<ItemPage id={ID} me={me()} />);
    await user.click(await screen.findByRole('button', { name: 'Approve variant 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Variant 1 has an error' });
    expect(within(dialog).getByRole('list', { name: 'Errors' })).toHaveTextContent('Whole draft');
    expect(within(dialog).getByRole('list', { name: 'Errors' })).toHaveTextContent('The required disclaimer is missing.');
  });
});

describe('the writer of each variant', () => {
  it('says when the built-in composer wrote a variant and links to the AI settings', async () => {
    backend(
      detail({
        variants: [
          variant({ kind: 'social', text: 'Fresh beans.', hashtags: [] }, { position: 0, provider: 'builtin' }),
          variant({ kind: 'social', text: 'New beans.', hashtags: [] }, { position: 1, provider: 'anthropic', model: 'claude-sonnet' }),
        ],
      }),
    );
    renderWithProviders(<ItemPage id={ID} me={me()} />);
    const [a, b] = await screen.findAllByTestId('written-by');
    expect(a).toHaveTextContent('Written by the built-in composer');
    expect(within(a).getByRole('link', { name: 'Connect a language model' })).toHaveAttribute('href', '/settings/ai');
    expect(b).toHaveTextContent('Written by Anthropic · claude-sonnet');
    expect(within(b).queryByRole('link')).not.toBeInTheDocument();
  });
});
