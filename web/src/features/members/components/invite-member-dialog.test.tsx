import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { InviteMemberDialog } from './invite-member-dialog';

describe('InviteMemberDialog', () => {
  it('shows a server field error inline next to the email field', async () => {
    const user = userEvent.setup();
    const { calls } = mockFetch({
      'POST /api/v1/users/invite': () =>
        problem(422, 'validation_failed', 'Some fields are not valid.', {
          errors: [{ field: 'email', code: 'already_member', message: 'This person is already a member.' }],
        }),
    });
    const onOpenChange = vi.fn();
    renderWithProviders(<InviteMemberDialog open onOpenChange={onOpenChange} />);

    await user.type(screen.getByLabelText('Email'), 'grace@example.com');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    const message = await screen.findByText('This person is already a member.');
    const email = screen.getByLabelText('Email');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email.getAttribute('aria-describedby')).toContain(message.closest('p')!.id);
    expect(onOpenChange).not.toHaveBeenCalled();
    expect(calls[0].body).toEqual({ email: 'grace@example.com', role: 'creator' });
  });

  it('sends the chosen role and closes on success', async () => {
    const user = userEvent.setup();
    const { calls } = mockFetch({
      'POST /api/v1/users/invite': () =>
        json({ id: 'i1', email: 'grace@example.com', role: 'viewer', status: 'pending', invited_by: null, expires_at: '2030-01-01T00:00:00Z', created_at: '2025-01-01T00:00:00Z' }, 201),
    });
    const onOpenChange = vi.fn();
    const onInvited = vi.fn();
    renderWithProviders(<InviteMemberDialog open onOpenChange={onOpenChange} onInvited={onInvited} />);

    await user.type(screen.getByLabelText('Email'), 'grace@example.com');
    await user.click(screen.getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: /Viewer/ }));
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
    expect(onInvited).toHaveBeenCalledWith('grace@example.com');
    expect(calls[0].body).toEqual({ email: 'grace@example.com', role: 'viewer' });
  });
});
