import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem } from '@/testing/render';
import { renderAt } from '@/features/agents/testing/fixtures';
import { AiSettingsPage } from './ai-settings-page';

const saved = {
  provider: 'openai_compatible',
  base_url: 'http://localhost:11434/v1',
  model: 'llama3.1',
  api_key_set: true,
  api_key_hint: '…1234',
  fallback: true,
  mastodon_char_limit: 500,
  instagram_hashtag_limit: 30,
  updated_at: '2026-03-01T10:00:00Z',
};

function setup() {
  const puts: unknown[] = [];
  const mock = mockFetch({
    'GET /api/v1/ai/settings': () => json(saved),
    'GET /api/v1/brands': () => json({ items: [] }),
    'PUT /api/v1/ai/settings': async (req) => {
      const body = (await req.json()) as Record<string, unknown>;
      puts.push(body);
      return json({ ...saved, ...body, api_key_set: body.api_key === '' ? false : true, api_key_hint: body.api_key === '' ? null : saved.api_key_hint });
    },
  });
  renderAt(<AiSettingsPage canEdit />, { route: '/settings/ai', path: '/settings/ai' });
  return { puts, ...mock };
}

describe('AiSettingsPage key handling', () => {
  it('keeps the stored key by leaving api_key out when the replace field is empty', async () => {
    const user = userEvent.setup();
    const { puts } = setup();
    expect(await screen.findByTestId('key-hint')).toHaveTextContent('Key set …1234');
    await user.clear(screen.getByLabelText('Model'));
    await user.type(screen.getByLabelText('Model'), 'qwen2.5');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText(/Settings saved/);
    expect(puts).toHaveLength(1);
    expect(puts[0]).not.toHaveProperty('api_key');
    expect(puts[0]).toMatchObject({ provider: 'openai_compatible', base_url: 'http://localhost:11434/v1', model: 'qwen2.5' });
  });

  it('sends a typed key to replace the stored one, and "" to remove it', async () => {
    const user = userEvent.setup();
    const { puts } = setup();
    await user.type(await screen.findByLabelText('Replace key'), '  sk-new-5678 ');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText(/Settings saved/);
    expect(puts[0]).toMatchObject({ api_key: 'sk-new-5678' });
    // After saving, the field is empty again: the key is write-only.
    expect(screen.getByLabelText('Replace key')).toHaveValue('');

    await user.click(screen.getByRole('button', { name: 'Remove key' }));
    expect(screen.queryByLabelText('Replace key')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(puts).toHaveLength(2));
    expect(puts[1]).toMatchObject({ api_key: '' });
    expect(await screen.findByText('No key stored')).toBeInTheDocument();
  });

  it('shows the server field error next to the base URL', async () => {
    const user = userEvent.setup();
    mockFetch({
      'GET /api/v1/ai/settings': () => json(saved),
      'GET /api/v1/brands': () => json({ items: [] }),
      'PUT /api/v1/ai/settings': () => problem(422, 'validation_failed', 'Some fields are not valid.', { errors: [{ field: 'base_url', code: 'invalid', message: 'Must be an http or https URL.' }] }),
    });
    renderAt(<AiSettingsPage canEdit />, { route: '/x', path: '/x' });
    const url = await screen.findByLabelText('Base URL');
    await user.clear(url);
    await user.type(url, 'ftp://nowhere');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Must be an http or https URL.')).toBeInTheDocument();
    expect(url).toHaveAttribute('aria-invalid', 'true');
  });

  it('switching to the built-in composer sends no URL or model, and back starts from what was saved', async () => {
    const user = userEvent.setup();
    const { puts } = setup();
    await user.click(await screen.findByRole('radio', { name: /Built-in composer/ }));
    expect(screen.queryByLabelText('Base URL')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Anthropic/ }));
    expect(screen.getByLabelText('Base URL (optional)')).toHaveValue('');
    await user.click(screen.getByRole('radio', { name: /Built-in composer/ }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]).toMatchObject({ provider: 'builtin', base_url: null, model: null });
    expect(puts[0]).not.toHaveProperty('api_key');
  });
});
