/**
 * Agents journeys: a fresh account briefs the agents for five channels and watches the drafts being
 * written live, opens one in the inbox, checks a risky claim, points the AI settings at a server that
 * does not answer and back, and gives a brand a two-step approval policy.
 */
import { randomBytes } from 'node:crypto';

const run = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
const owner = { name: 'Katherine Johnson', email: `katherine-${run}@example.com`, password: 'Orbit-Slide-Rule-Meadow-62', org: `Northwind Tea ${run.slice(-4)}` };

/** @param {{ expect: Function, shot: Function, apiLogin: Function, signedInContext: Function, DESKTOP: object, PHONE: object }} h */
export function agentsJourneys(h) {
  const { expect, shot, apiLogin, signedInContext, DESKTOP, PHONE } = h;
  const state = {};

  async function noOverflow(page, what) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow <= 0, `${what} overflows the 390px screen by ${overflow}px`);
  }

  async function api(base, method, path, body) {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { Authorization: `Bearer ${state.tokens.access_token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(res.ok, `${method} ${path} answered ${res.status}: ${await res.clone().text()}`);
    return res.json();
  }

  return [
    [
      'a brief for five channels is written live and its drafts wait in the inbox',
      async ({ browser, base }) => {
        const ctx = (state.ctx = await browser.newContext({ baseURL: base, viewport: DESKTOP }));
        const page = (state.page = await ctx.newPage());
        await page.goto('/signup');
        await page.getByLabel('Your name').fill(owner.name);
        await page.getByLabel('Work email').fill(owner.email);
        await page.getByLabel('Password').fill(owner.password);
        await page.getByLabel('Organization name').fill(owner.org);
        await page.getByRole('button', { name: 'Create account' }).click();
        await page.waitForURL(`${base}/`);

        state.tokens = await apiLogin(base, owner.email, owner.password);
        const brand = await api(base, 'POST', '/api/v1/brands', { name: 'Northwind Tea' });
        state.brandId = brand.id;

        await page.goto('/create');
        await page.getByRole('heading', { name: 'New brief' }).waitFor();
        await page.getByRole('combobox', { name: 'Brand' }).filter({ hasText: 'Northwind Tea' }).waitFor();
        for (const channel of ['LinkedIn', 'X', 'Instagram', 'Google search ad', 'Email']) {
          await page.getByRole('button', { name: channel, exact: true }).click();
        }
        await page.getByTestId('email-sequence').getByRole('radio', { name: '2', exact: true }).check();
        // (3 social × 350 + 300 + 2 emails × 450) × 2 variants = 4,500 words → 25 credits.
        await page.getByTestId('credit-estimate').getByText('Reserves up to 25 credits (balance 100)').waitFor();
        await page.getByLabel('Key message').fill('Our spring first-flush darjeeling is here, picked in March and shipped within a week.');
        await page.getByLabel('Goal', { exact: true }).fill('Pre-orders in launch week');
        await page.getByLabel('Call to action').fill('Pre-order your tin');
        await page.getByLabel('Link', { exact: true }).fill('https://northwind.example/first-flush');
        await page.getByLabel('Campaign (internal, never published)').fill('Spring first flush');
        // The summary card sticks to the top while scrolling: picture the page from its top.
        await page.evaluate(() => window.scrollTo(0, 0));
        await shot(page, 'create-desktop');

        const phoneCtx = (state.phoneCtx = await signedInContext(browser, base, PHONE, state.tokens));
        const phone = (state.phone = await phoneCtx.newPage());
        await phone.goto('/create');
        await phone.getByRole('heading', { name: 'New brief' }).waitFor();
        await phone.getByRole('button', { name: 'LinkedIn', exact: true }).click();
        await phone.getByRole('button', { name: 'Email', exact: true }).click();
        await noOverflow(phone, 'the brief form');
        await shot(phone, 'create-phone');
        await phone.getByRole('button', { name: 'Write drafts' }).scrollIntoViewIfNeeded();
        await shot(phone, 'create-phone-submit');

        const events = page.waitForResponse((r) => /\/api\/v1\/agent-runs\/[0-9a-f-]+\/events$/.test(r.url()));
        await page.getByRole('button', { name: 'Write drafts' }).click();
        await page.waitForURL(/\/create\/runs\/[0-9a-f-]+$/);
        state.runPath = new URL(page.url()).pathname;
        const stream = await events;
        expect(stream.status() === 200 && (stream.headers()['content-type'] ?? '').startsWith('text/event-stream'), `the progress stream answered ${stream.status()} ${stream.headers()['content-type']}`);
        await page.getByTestId('run-count').waitFor();
        await shot(page, 'create-progress-live-desktop');
        await page.getByRole('heading', { name: 'Drafts ready for review' }).waitFor({ timeout: 60_000 });
        expect((await page.getByTestId('run-count').innerText()).trim() === '6 of 6 items written', `the run reads "${await page.getByTestId('run-count').innerText()}"`);
        const states = await page.getByRole('list', { name: 'Items of this run' }).getByTestId('item-state').allInnerTexts();
        expect(states.length === 6 && states.every((s) => s === 'Awaiting review'), `item states: ${states}`);
        const charged = Number(await page.getByTestId('credits-charged').innerText());
        expect(charged > 0 && charged <= 25, `charged ${charged} credits for a 25-credit reservation`);
        // Let the progress bar finish its last move before the picture.
        await page.waitForTimeout(700);
        await shot(page, 'create-progress-desktop');

        await phone.goto(state.runPath);
        await phone.getByRole('heading', { name: 'Drafts ready for review' }).waitFor();
        await noOverflow(phone, 'the run page');
        await shot(phone, 'create-progress-phone');

        // The brief page lists the run.
        await page.goto('/create');
        await page.getByRole('region', { name: 'Recent runs' }).getByText('Completed').waitFor();
        await page.goto(state.runPath);
        const open = page.getByRole('link', { name: /in the inbox$/ }).first();
        const href = await open.getAttribute('href');
        expect(/^\/inbox\/[0-9a-f-]+$/.test(href ?? ''), `the inbox link is ${href}`);
        await open.click();
        await page.waitForURL(`${base}${href}`);
      },
    ],
    [
      'the library starts empty, fills with approved drafts, and the checker flags a guarantee',
      async ({ base }) => {
        const page = state.page;
        await page.goto('/library');
        await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
        await page.getByRole('link', { name: 'Write a brief' }).waitFor();
        await shot(page, 'library-desktop');

        // Approved drafts appear with the text their channel shows.
        const runId = state.runPath.split('/').pop();
        const runNow = await api(base, 'GET', `/api/v1/agent-runs/${runId}`);
        for (const channel of ['x', 'google_rsa', 'email']) {
          const item = runNow.items.find((i) => i.channel === channel);
          await api(base, 'POST', `/api/v1/inbox/${item.id}/approve`, {});
        }
        await page.reload();
        const cards = page.getByRole('list', { name: 'Approved content' }).getByRole('listitem').filter({ has: page.getByRole('heading') });
        await cards.first().waitFor();
        expect((await cards.count()) === 3, `the library shows ${await cards.count()} cards`);
        await page.getByText('Headlines', { exact: true }).waitFor();
        await page.getByText('Subject', { exact: true }).waitFor();
        await shot(page, 'library-filled-desktop');
        await state.phone.goto('/library');
        await state.phone.getByRole('list', { name: 'Approved content' }).waitFor();
        await noOverflow(state.phone, 'the library');
        await shot(state.phone, 'library-phone');

        await page.goto('/compliance');
        await page.getByLabel('Text to check').fill('Northwind tea is guaranteed to calm you down. Order today and taste the difference.');
        const claim = page.locator('[data-rule="unsubstantiated_claim"]');
        await claim.first().waitFor();
        expect((await claim.first().innerText()).toLowerCase().includes('guaranteed'), 'the claim finding does not quote "guaranteed"');
        await page.locator('mark', { hasText: 'guaranteed' }).first().waitFor();
        await shot(page, 'compliance-desktop');

        const phone = state.phone;
        await phone.goto('/compliance');
        await phone.getByLabel('Text to check').fill('Guaranteed results, or your money back!');
        await phone.locator('[data-rule="unsubstantiated_claim"]').first().waitFor();
        await noOverflow(phone, 'the checker');
        await shot(phone, 'compliance-phone');

        await page.getByRole('tab', { name: 'Fit to platform' }).click();
        await page.getByLabel('Text', { exact: true }).fill('Spring first flush is here. '.repeat(20));
        await page.getByRole('button', { name: 'Fit to platform' }).click();
        const parts = page.getByTestId('fitted-parts').getByRole('listitem');
        await parts.first().waitFor();
        expect((await parts.count()) > 1, 'a 540-character text was not split into an X thread');
        await shot(page, 'compliance-fit-desktop');

        await page.getByRole('tab', { name: 'Writing templates' }).click();
        const templates = page.getByRole('tabpanel', { name: 'Writing templates' });
        await templates.getByRole('textbox').first().fill('Spring first flush is here, and it is guaranteed to sell out.');
        await templates.getByRole('button', { name: 'Render' }).click();
        await templates.getByTestId('rendered-text').getByText('Spring first flush is here').waitFor();
        await templates.locator('[data-rule="unsubstantiated_claim"]').first().waitFor();
        await shot(page, 'compliance-templates-desktop');
      },
    ],
    [
      'AI settings: an unreachable OpenAI-compatible server fails its test, then back to the built-in composer',
      async ({ base }) => {
        const page = state.page;
        await page.goto('/settings/ai');
        await page.getByRole('heading', { name: 'AI settings' }).waitFor();
        await page.getByRole('radio', { name: /OpenAI-compatible/ }).check();
        await page.getByLabel('Base URL', { exact: true }).fill('http://127.0.0.1:9/v1');
        await page.getByLabel('Model', { exact: true }).fill('gpt-4o-mini');
        await page.getByRole('button', { name: 'Save settings' }).click();
        await page.getByText('Settings saved.').waitFor();
        await page.getByRole('button', { name: 'Test connection' }).click();
        const failure = page.getByTestId('connection-error');
        await failure.waitFor({ timeout: 60_000 });
        expect((await failure.innerText()).trim().length > 0, 'the failed test gives no reason');
        await shot(page, 'settings-ai-desktop');

        const phone = state.phone;
        await phone.goto('/settings/ai');
        await phone.getByRole('heading', { name: 'AI settings' }).waitFor();
        await noOverflow(phone, 'the AI settings');
        await shot(phone, 'settings-ai-phone');

        await page.getByRole('radio', { name: /Built-in composer/ }).check();
        await page.getByRole('button', { name: 'Save settings' }).click();
        await page.getByText('Settings saved.').waitFor();
        await page.getByRole('button', { name: 'Test connection' }).click();
        await page.getByText(/Connected: Built-in composer/).waitFor();

        await page.getByRole('button', { name: 'Show prompt' }).click();
        const prompt = page.getByTestId('prompt-preview');
        await prompt.waitFor();
        expect((await prompt.innerText()).includes('Northwind Tea'), 'the prompt preview does not name the brand');
        const saved = await api(base, 'GET', '/api/v1/ai/settings');
        expect(saved.provider === 'builtin', `the saved provider is ${saved.provider}`);
      },
    ],
    [
      'a brand gets a two-step approval policy',
      async ({ base }) => {
        const page = state.page;
        await page.goto(`/brands/${state.brandId}/approvals`);
        await page.getByRole('group', { name: 'Step 1' }).waitFor();
        await page.getByRole('button', { name: 'Add a step' }).click();
        const second = page.getByRole('group', { name: 'Step 2' });
        await second.getByRole('checkbox', { name: new RegExp(owner.name) }).check();
        await second.getByRole('radio', { name: /All named people/ }).check();
        await page.getByRole('button', { name: 'Save policy' }).click();
        await page.getByText(/Saved: 2 approval steps/).waitFor();
        await shot(page, 'approvals-desktop');

        const policy = await api(base, 'GET', `/api/v1/brands/${state.brandId}/approval-policy`);
        expect(policy.steps.length === 2 && policy.steps[1].sign_off === 'all' && policy.steps[1].user_ids.length === 1, `the stored policy is ${JSON.stringify(policy)}`);

        const phone = state.phone;
        await phone.goto(`/brands/${state.brandId}/approvals`);
        await phone.getByRole('group', { name: 'Step 2' }).waitFor();
        await noOverflow(phone, 'the approvals tab');
        await shot(phone, 'approvals-phone');

        await page.goto(`/brands/${state.brandId}/learning`);
        // Three approvals so far (social, ads, email): each of those agents stands at 100%.
        const agents = page.getByRole('list', { name: 'Agents' });
        await agents.waitFor();
        expect((await agents.getByText('100%').count()) === 3, `approval rates: ${await agents.innerText()}`);
        await shot(page, 'learning-desktop');

        await page.goto('/');
        await page.getByTestId('credit-balance').waitFor();
        const balance = Number(await page.getByTestId('credit-balance').innerText());
        expect(balance < 100 && balance >= 75, `the dashboard shows a balance of ${balance}`);
        await shot(page, 'dashboard-credits-desktop');
        await state.phoneCtx.close();
      },
    ],
  ];
}
