import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem } from '@/testing/render';
import { alert, renderAt, T0 } from '../testing/fixtures';
import { AlertsPage } from './alerts-page';

describe('AlertsPage', () => {
  it('lists alerts with urgency, kind and priority, links competitor changes in the app, and marks read', async () => {
    const user = userEvent.setup();
    let read = false;
    const { calls } = mockFetch({
      'GET /api/v1/alerts': () =>
        json({
          items: [
            alert('a1', 'Acme changed its pricing page', { read_at: read ? T0 : null }),
            alert('a2', 'Industry news', { kind: 'news', url: 'https://news.test/a', urgency: 'low', priority: 20, read_at: T0 }),
          ],
          unread_count: read ? 0 : 1,
        }),
      'POST /api/v1/alerts/a1/read': () => {
        read = true;
        return json(alert('a1', 'Acme changed its pricing page', { read_at: T0 }));
      },
      'POST /api/v1/alerts/read-all': () => json({ marked: 0 }),
    });
    renderAt(<AlertsPage canWrite canManageWebhooks />, { route: '/alerts', path: '/alerts' });
    const rows = await screen.findAllByTestId('alert');
    expect(rows[0]).toHaveTextContent('Unread.');
    expect(rows[0]).toHaveTextContent('High');
    expect(rows[0]).toHaveTextContent('Competitor change');
    expect(rows[0]).toHaveTextContent('Priority 80');
    expect(within(rows[0]).getByRole('link', { name: 'Acme changed its pricing page' })).toHaveAttribute('href', '/competitors/c1?change=ch1');
    expect(within(rows[1]).getByRole('link', { name: /Industry news/ })).toHaveAttribute('target', '_blank');
    expect(within(rows[1]).queryByRole('button', { name: /Mark/ })).not.toBeInTheDocument();
    expect(screen.getByText('1 unread')).toBeInTheDocument();

    await user.click(within(rows[0]).getByRole('button', { name: 'Mark “Acme changed its pricing page” as read' }));
    await waitFor(() => expect(screen.getByText('0 unread')).toBeInTheDocument());
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/alerts/a1/read')).toBe(true);
    expect(screen.getByRole('button', { name: 'Mark all read' })).toBeDisabled();
  });

  it('creates an alert rule, and shows the server error under the keywords', async () => {
    const user = userEvent.setup();
    let answer = problem(422, 'validation_failed', 'Some fields are not valid.', {
      errors: [{ field: 'keywords', code: 'rule_matches_nothing', message: 'The rule matches nothing.' }],
    });
    const { calls } = mockFetch({
      'GET /api/v1/alert-rules': () => json({ items: [] }),
      'GET /api/v1/monitoring/watch': () => json({ brand: 'Brandium', brand_aliases: [], competitors: ['Acme'], keywords: [], topics: [], updated_at: null }),
      'POST /api/v1/alert-rules': () => answer,
    });
    renderAt(<AlertsPage canWrite canManageWebhooks />, { route: '/alerts?tab=rules', path: '/alerts' });
    expect(await screen.findByText('No rule yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New rule' }));
    const form = screen.getByRole('form', { name: 'New alert rule' });
    await user.type(within(form).getByLabelText('Name'), 'Acme pricing');
    await user.type(within(form).getByLabelText('Competitors'), 'Acme{Enter}');
    await user.click(within(form).getByLabelText('E-mail'));
    await user.click(within(form).getByRole('button', { name: 'Create rule' }));
    expect(await within(form).findByText('The rule matches nothing.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toMatchObject({
      name: 'Acme pricing',
      competitors: ['Acme'],
      include_brand: true,
      min_relevance: 0.3,
      channels: { in_app: true, email: true, webhook: false },
      sentiment: null,
    });
    answer = json({}, 201);
    await user.click(within(form).getByRole('button', { name: 'Create rule' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New alert rule' })).not.toBeInTheDocument());
  });

  it('shows the signing secret of a new webhook once, with how to verify it, and sends a test', async () => {
    const user = userEvent.setup();
    const endpoint = { id: 'w1', url: 'https://hooks.test/in', description: '', events: [], enabled: true, created_at: T0 };
    let listed: unknown[] = [];
    const { calls } = mockFetch({
      'GET /api/v1/webhooks': () => json({ items: listed }),
      'POST /api/v1/webhooks': () => {
        listed = [endpoint];
        return json({ ...endpoint, secret: 'whsec_abc123' }, 201);
      },
      'POST /api/v1/webhooks/w1/test': () => json({ id: 'd1', endpoint_id: 'w1', alert_id: null, event: 'webhook.test', status: 'pending', attempts: 0, response_status: null, last_error: null, attempt_log: [], next_attempt_at: null, created_at: T0 }, 202),
      'GET /api/v1/webhooks/w1/deliveries': () =>
        json({ items: [{ id: 'd1', endpoint_id: 'w1', alert_id: null, event: 'webhook.test', status: 'delivered', attempts: 1, response_status: 200, last_error: null, attempt_log: [], next_attempt_at: null, created_at: T0 }] }),
    });
    renderAt(<AlertsPage canWrite canManageWebhooks />, { route: '/alerts?tab=webhooks', path: '/alerts' });
    expect(await screen.findByText('No webhook yet')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Endpoint address'), 'https://hooks.test/in');
    await user.click(screen.getByRole('button', { name: 'Add webhook' }));
    const secret = await screen.findByTestId('webhook-secret');
    expect(secret).toHaveTextContent('whsec_abc123');
    expect(secret).toHaveTextContent('shown only this once');
    expect(secret).toHaveTextContent('Brandium-Signature: t=…,v1=…');
    expect(within(secret).getByRole('button', { name: 'Copy the signing secret' })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST' && c.path === '/api/v1/webhooks')?.body).toEqual({ url: 'https://hooks.test/in', description: '', events: [] });

    await user.click(within(secret).getByRole('button', { name: 'I have stored the secret' }));
    expect(screen.queryByText('whsec_abc123')).not.toBeInTheDocument();

    const row = await screen.findByTestId('webhook');
    await user.click(within(row).getByRole('button', { name: 'Send test' }));
    const delivery = await within(row).findByTestId('delivery');
    expect(delivery).toHaveTextContent('delivered');
    expect(delivery).toHaveTextContent('HTTP 200');
  });

  it('tells a non-admin that webhooks are for admins without asking the server', async () => {
    const { calls } = mockFetch({});
    renderAt(<AlertsPage canWrite canManageWebhooks={false} />, { route: '/alerts?tab=webhooks', path: '/alerts' });
    expect(await screen.findByText('Webhooks are managed by admins')).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/v1/webhooks')).toBe(false);
  });
});
