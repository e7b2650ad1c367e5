import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { tokenStore } from '@/lib/auth/token-store';
import { json, mockFetch, problem, renderWithProviders } from '@/testing/render';
import { LoginForm } from './login-form';

const tokens = {
  access_token: 'acc',
  refresh_token: 'ref',
  token_type: 'Bearer',
  expires_in: 900,
  user: { id: 'u1', email: 'ada@example.com', name: 'Ada', totp_enabled: true, created_at: '2025-01-01T00:00:00Z' },
  organization: { id: 'o1', name: 'Acme', slug: 'acme', logo_url: null, plan: 'free', created_at: '2025-01-01T00:00:00Z', updated_at: '2025-01-01T00:00:00Z' },
};

describe('LoginForm', () => {
  beforeEach(() => tokenStore.clear());

  it('asks for the 2FA code on totp_required and sends it with the credentials', async () => {
    const user = userEvent.setup();
    const { calls } = mockFetch({
      'GET /api/v1/auth/oidc': () => json({ enabled: false, display_name: null }),
      'POST /api/v1/auth/login': async (req) => {
        const body = await req.json();
        if (!body.totp_code) return problem(401, 'totp_required', 'Enter the code from your authenticator app.');
        if (body.totp_code !== '123456') return problem(401, 'totp_invalid', 'That code is not valid.');
        return json(tokens);
      },
    });
    renderWithProviders(<LoginForm />, { route: '/login', path: '/login' });

    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const code = await screen.findByLabelText('Authentication code');
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    expect(screen.getByText(/Two-factor authentication is on/)).toBeInTheDocument();

    await user.type(code, '000000');
    await user.click(screen.getByRole('button', { name: 'Verify and sign in' }));
    expect(await screen.findByText('That code is not valid.')).toBeInTheDocument();
    expect(screen.getByLabelText('Authentication code')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(screen.getByLabelText('Authentication code'));
    await user.type(screen.getByLabelText('Authentication code'), '123 456');
    await user.click(screen.getByRole('button', { name: 'Verify and sign in' }));

    await waitFor(() => expect(screen.getByText('home page')).toBeInTheDocument());
    const logins = calls.filter((c) => c.path === '/api/v1/auth/login');
    expect(logins).toHaveLength(3);
    expect(logins[0].body).toEqual({ email: 'ada@example.com', password: 'correct horse battery' });
    expect(logins[2].body).toEqual({ email: 'ada@example.com', password: 'correct horse battery', totp_code: '123456' });
    expect(tokenStore.get()).toEqual({ accessToken: 'acc', refreshToken: 'ref' });
  });

  it('shows the rate limit with its Retry-After seconds', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/v1/auth/oidc': () => json({ enabled: false, display_name: null }),
      'POST /api/v1/auth/login': () => problem(429, 'rate_limited', 'Too many attempts.', {}, { 'Retry-After': '30' }),
    });
    renderWithProviders(<LoginForm />, { route: '/login', path: '/login' });
    await user.type(screen.getByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'whatever');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Too many attempts. Try again in 30 seconds.')).toBeInTheDocument();
  });

  it('offers single sign-on only when the server says it is enabled', async () => {
    mockFetch({ 'GET /api/v1/auth/oidc': () => json({ enabled: true, display_name: 'Okta' }) });
    renderWithProviders(<LoginForm />, { route: '/login', path: '/login' });
    const link = await screen.findByRole('link', { name: 'Continue with Okta' });
    expect(link).toHaveAttribute('href', '/api/v1/auth/oidc/login');
  });

  it('validates the email before calling the server', async () => {
    const user = userEvent.setup();
    const { calls } = mockFetch({ 'GET /api/v1/auth/oidc': () => json({ enabled: false, display_name: null }) });
    renderWithProviders(<LoginForm />, { route: '/login', path: '/login' });
    await user.type(screen.getByLabelText('Email'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter a valid email address.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Continue with/ })).not.toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/v1/auth/login')).toBe(false);
  });
});
