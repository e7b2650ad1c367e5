import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { review, variant } from '../testing/fixtures';
import { VariantEditor } from './variant-editor';

const brand = { name: 'Lunar Roasters', colour: '#8a3b12', links: [] };

describe('VariantEditor', () => {
  it('checks the draft again as people type, then saves it', async () => {
    const user = userEvent.setup();
    const done = vi.fn();
    const { calls } = mockFetch({
      'POST /api/v1/inbox/item-1/review': async (req) => {
        const { draft } = (await req.json()) as { draft: { text: string } };
        const at = new TextEncoder().encode(draft.text).indexOf(new TextEncoder().encode('guaranteed')[0]);
        return json(
          review({
            score: 61,
            parts: [draft.text],
            findings: draft.text.includes('guaranteed')
              ? [{ field: 'text', rule: 'claim', severity: 'warning', start: at, end: at + 10, message: '"guaranteed" is a claim that needs evidence' }]
              : [],
          }),
        );
      },
      'PUT /api/v1/inbox/item-1/variants/0': async (req) => json(variant(((await req.json()) as { draft: never }).draft)),
    });
    renderWithProviders(
      <VariantEditor itemId="item-1" channel="x" variant={variant({ kind: 'social', text: 'Fresh beans.', hashtags: ['coffee'] })} letter="1" brand={brand} device="desktop" onDevice={() => {}} onDone={done} />,
    );
    const text = screen.getByLabelText('Post text');
    expect(screen.getByLabelText('Hashtags')).toHaveValue('#coffee');
    await user.clear(text);
    await user.type(text, 'guaranteed fresh');

    // One check for the settled text, not one per keystroke.
    const panel = screen.getByTestId('variant-editor');
    expect(await within(panel).findByRole('list', { name: 'Findings' })).toHaveTextContent('"guaranteed" is a claim that needs evidence');
    const reviews = calls.filter((c) => c.path.endsWith('/review'));
    expect(reviews.length).toBeLessThanOrEqual(2);
    expect(reviews.at(-1)?.body).toEqual({ draft: { kind: 'social', text: 'guaranteed fresh', hashtags: ['coffee'] } });
    expect(within(panel).getByRole('list', { name: 'Checks on Post text' })).toHaveTextContent('needs evidence');
    expect(within(panel).getByTestId('live-status')).toHaveTextContent('61');

    await user.click(screen.getByRole('button', { name: 'Save variant 1' }));
    await waitFor(() => expect(done).toHaveBeenCalled());
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ draft: { kind: 'social', text: 'guaranteed fresh', hashtags: ['coffee'] } });
  });

  it('shows why saving failed, next to Save, and stays open', async () => {
    const user = userEvent.setup();
    const done = vi.fn();
    mockFetch({
      'POST /api/v1/inbox/item-1/review': () => json(review()),
      'PUT /api/v1/inbox/item-1/variants/0': () => problem(409, 'changed_meanwhile', 'Someone changed this item meanwhile. Reload to see their version.'),
    });
    renderWithProviders(
      <VariantEditor
        itemId="item-1"
        channel="meta_ad"
        variant={variant({ kind: 'meta_ad', primary_text: 'Body', headline: 'Head', description: '' })}
        letter="1"
        brand={brand}
        device="mobile"
        onDevice={() => {}}
        onDone={done}
      />,
    );
    expect(screen.getByRole('button', { name: 'Save variant 1' })).toBeDisabled();
    await user.type(screen.getByLabelText('Headline'), ' now');
    await user.click(screen.getByRole('button', { name: 'Save variant 1' }));
    expect(await screen.findByText('Someone changed this item meanwhile. Reload to see their version.')).toBeInTheDocument();
    expect(done).not.toHaveBeenCalled();
  });
});
