import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem } from '@/testing/render';
import { renderAt, T0 } from '@/features/agents/testing/fixtures';
import { ApprovalsPage } from './approvals-page';

const members = {
  items: [
    { user_id: 'u-ada', email: 'ada@example.com', name: 'Ada', role: 'admin', joined_at: T0 },
    { user_id: 'u-bob', email: 'bob@example.com', name: 'Bob', role: 'manager', joined_at: T0 },
    { user_id: 'u-vic', email: 'vic@example.com', name: 'Vic', role: 'viewer', joined_at: T0 },
  ],
};
const defaultPolicy = { steps: [{ roles: ['admin', 'manager'], user_ids: [], sign_off: 'any' }] };

describe('ApprovalsPage', () => {
  it('builds a two-step policy with a named sign-off and saves exactly that', async () => {
    const user = userEvent.setup();
    const { calls } = mockFetch({
      'GET /api/v1/brands/b1/approval-policy': () => json(defaultPolicy),
      'GET /api/v1/users': () => json(members),
      'PUT /api/v1/brands/b1/approval-policy': async (req) => json(await req.json()),
    });
    renderAt(<ApprovalsPage brandId="b1" canEdit />, { route: '/brands/b1/approvals', path: '/brands/:brandId/approvals' });

    const first = await screen.findByRole('group', { name: 'Step 1' });
    expect(screen.queryByRole('group', { name: 'Step 2' })).not.toBeInTheDocument();
    // Step 1: creators may approve too, and managers no longer.
    await user.click(within(first).getByRole('checkbox', { name: 'Creators' }));
    await user.click(within(first).getByRole('checkbox', { name: 'Managers' }));

    await user.click(screen.getByRole('button', { name: 'Add a step' }));
    const second = screen.getByRole('group', { name: 'Step 2' });
    // Viewers cannot approve, so they are not offered as named people.
    expect(within(second).queryByText('Vic')).not.toBeInTheDocument();
    await user.click(within(second).getByRole('checkbox', { name: /Bob/ }));
    await user.click(within(second).getByRole('radio', { name: /All named people/ }));
    // Managers no longer approve over review errors; the list is saved with the steps.
    await user.click(within(screen.getByRole('group', { name: 'Approving over review errors' })).getByRole('checkbox', { name: 'Managers' }));
    await user.click(screen.getByRole('button', { name: 'Save policy' }));

    await screen.findByText(/Saved: 2 approval steps/);
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.body).toEqual({
      steps: [
        { roles: ['admin', 'creator'], user_ids: [], sign_off: 'any' },
        { roles: ['admin', 'manager'], user_ids: ['u-bob'], sign_off: 'all' },
      ],
      override_roles: ['admin'],
    });
    expect(screen.getByRole('button', { name: 'Add a step' })).toBeEnabled();
  });

  it('puts the server refusal on the step it names and stops at three steps', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/v1/brands/b1/approval-policy': () => json(defaultPolicy),
      'GET /api/v1/users': () => json(members),
      'PUT /api/v1/brands/b1/approval-policy': () =>
        problem(422, 'validation_failed', 'Some fields are not valid.', { errors: [{ field: 'steps', code: 'invalid', message: 'step 2 names nobody who may approve' }] }),
    });
    renderAt(<ApprovalsPage brandId="b1" canEdit />, { route: '/x', path: '/x' });
    await user.click(await screen.findByRole('button', { name: 'Add a step' }));
    const second = screen.getByRole('group', { name: 'Step 2' });
    await user.click(within(second).getByRole('checkbox', { name: 'Admins' }));
    await user.click(within(second).getByRole('checkbox', { name: 'Managers' }));
    await user.click(screen.getByRole('button', { name: 'Save policy' }));
    expect(await within(second).findByText('step 2 names nobody who may approve')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add a step' }));
    expect(screen.getByRole('button', { name: '3 steps at most' })).toBeDisabled();
  });

  it('shows the policy read-only to people who may not change it', async () => {
    mockFetch({
      'GET /api/v1/brands/b1/approval-policy': () => json(defaultPolicy),
      'GET /api/v1/users': () => json(members),
    });
    renderAt(<ApprovalsPage brandId="b1" canEdit={false} />, { route: '/x', path: '/x' });
    await screen.findByText(/Only Admins change approval policies/);
    const step = screen.getByRole('group', { name: 'Step 1' });
    expect(within(step).getByRole('checkbox', { name: 'Admins' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save policy' })).not.toBeInTheDocument();
    await waitFor(() => expect(within(step).getByRole('checkbox', { name: 'Admins' })).toBeChecked());
    // Who may approve over review errors: the server's default when the policy does not say.
    const override = screen.getByRole('group', { name: 'Approving over review errors' });
    expect(within(override).getByRole('checkbox', { name: 'Managers' })).toBeChecked();
    expect(within(override).getByRole('checkbox', { name: 'Creators' })).not.toBeChecked();
    expect(within(override).getByRole('checkbox', { name: 'Creators' })).toBeDisabled();
  });
});
