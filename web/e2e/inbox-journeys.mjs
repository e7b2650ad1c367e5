/**
 * Inbox journeys: the agents write a brief's drafts, then a reviewer goes through the action
 * inbox: checks and edits a post with the live review, approves it, rejects another with a
 * reason and has it written again, approves the rest in bulk, and shares a preview link that
 * opens without an account.
 */
import { randomBytes } from 'node:crypto';

const run = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
const reviewer = { name: 'Katherine Johnson', email: `katherine-${run}@example.com`, password: 'Orbit-Trajectory-Lantern-62', org: `Lunar Coffee ${run.slice(-4)}` };

/** @param {{ expect: Function, shot: Function, apiLogin: Function, signedInContext: Function, DESKTOP: object, PHONE: object }} h */
export function inboxJourneys(h) {
  const { expect, shot, signedInContext, DESKTOP, PHONE } = h;
  const state = {};

  async function api(base, method, path, body) {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(state.tokens ? { Authorization: `Bearer ${state.tokens.access_token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    expect(res.ok, `${method} ${path} answered ${res.status}: ${text}`);
    return text ? JSON.parse(text) : null;
  }

  async function noOverflow(page, what) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow <= 0, `${what} overflows the 390px screen by ${overflow}px`);
  }

  async function openItem(page, title) {
    await page.goto('/inbox?state=all');
    await page.getByRole('list', { name: 'Inbox items' }).getByRole('link', { name: title, exact: true }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    return new URL(page.url()).pathname;
  }

  return [
    [
      'the agents write a brief and the inbox lists the drafts with the badge',
      async ({ browser, base }) => {
        state.tokens = await api(base, 'POST', '/api/v1/auth/signup', { email: reviewer.email, password: reviewer.password, name: reviewer.name, organization_name: reviewer.org });
        const brand = await api(base, 'POST', '/api/v1/brands', { name: 'Lunar Roasters' });
        const started = await api(base, 'POST', '/api/v1/agent-runs', {
          brand_id: brand.id,
          channels: ['x', 'linkedin', 'google_rsa', 'email'],
          key_message: 'Our new single-origin espresso is the best coffee in the world and guaranteed to change your mornings',
          goal: 'launch week sign-ups',
          call_to_action: 'Order now',
          cta_url: 'https://lunar.example/espresso',
          campaign: 'Spring launch',
        });
        let finished = started;
        const deadline = Date.now() + 60_000;
        while (!['completed', 'failed', 'cancelled'].includes(finished.status)) {
          expect(Date.now() < deadline, `the run is still ${finished.status} after 60 s`);
          await new Promise((r) => setTimeout(r, 500));
          finished = await api(base, 'GET', `/api/v1/agent-runs/${started.id}`);
        }
        expect(finished.status === 'completed', `the run ended ${finished.status}: ${finished.error}`);
        expect(finished.items.length === 4, `expected 4 items, the run made ${finished.items.length}`);

        state.ctx = await signedInContext(browser, base, DESKTOP, state.tokens);
        const page = (state.page = await state.ctx.newPage());
        await page.goto('/');
        const badge = page.getByTestId('inbox-badge').filter({ visible: true }).first();
        await badge.waitFor();
        expect((await badge.innerText()).trim().startsWith('4'), `the nav badge shows "${await badge.innerText()}"`);
        await page.getByRole('navigation', { name: 'Main' }).filter({ visible: true }).getByRole('link', { name: /^Inbox/ }).click();
        await page.waitForURL(`${base}/inbox`);
        const rows = page.getByRole('list', { name: 'Inbox items' }).getByTestId('inbox-row');
        await rows.first().waitFor();
        expect((await rows.count()) === 4, `expected 4 rows awaiting review, saw ${await rows.count()}`);
        expect((await page.getByRole('tab', { name: /Awaiting review/ }).innerText()).includes('4'), 'the Awaiting review tab does not count 4');
        for (const t of ['X post', 'LinkedIn post', 'Google responsive search ad', 'Marketing email']) await page.getByRole('link', { name: t, exact: true }).waitFor();
        await shot(page, 'inbox-list-desktop');

        state.phoneCtx = await signedInContext(browser, base, PHONE, state.tokens);
        const phone = (state.phone = await state.phoneCtx.newPage());
        await phone.goto('/inbox');
        await phone.getByRole('list', { name: 'Inbox items' }).getByTestId('inbox-row').first().waitFor();
        await noOverflow(phone, 'the inbox list');
        await shot(phone, 'inbox-list-phone');
      },
    ],
    [
      'a reviewer checks the X post, edits it with the live review, saves and approves it',
      async () => {
        const page = state.page;
        state.xPath = await openItem(page, 'X post');
        const variants = page.getByTestId('variant');
        expect((await variants.count()) >= 1, 'the X item shows no variants');
        const first = variants.first();
        await first.getByRole('list', { name: /^X (post|thread)/ }).waitFor();
        await first.getByRole('region', { name: 'Brand findings' }).waitFor();
        await shot(page, 'inbox-detail-desktop');

        await first.getByRole('button', { name: 'Edit variant 1' }).click();
        const editor = page.getByTestId('variant-editor');
        const text = editor.getByRole('textbox', { name: 'Post text' });
        await text.fill('Our espresso is guaranteed to be the best in the world. Order now: https://lunar.example/espresso');
        const findings = editor.getByRole('list', { name: 'Findings' });
        await findings.getByText(/guarantee/i).first().waitFor();
        await editor.getByRole('list', { name: 'X post' }).getByText(/in the world\. Order now/).waitFor();
        const marked = await editor.locator('mark').count();
        expect(marked > 0, 'the live preview marks nothing in a text with two claims');
        await shot(page, 'inbox-edit-desktop');

        await text.fill('Our new single-origin espresso is roasted every Monday and shipped on Tuesday. Order now: https://lunar.example/espresso');
        await editor.getByText('No findings: on brand and compliant.').waitFor();
        await editor.getByRole('button', { name: 'Save variant 1' }).click();
        await editor.waitFor({ state: 'detached' });
        await first.getByText('Edited', { exact: true }).waitFor();
        await first.getByText(/roasted every Monday/).first().waitFor();

        await first.getByRole('button', { name: 'Approve variant 1' }).click();
        await page.getByText('Approved with variant 1').waitFor();
        await page.getByRole('list', { name: 'Activity' }).getByText(/approved/).first().waitFor();

        await state.phone.goto(state.xPath);
        await state.phone.getByTestId('variant').first().waitFor();
        await noOverflow(state.phone, 'the item page');
        await shot(state.phone, 'inbox-detail-phone');
      },
    ],
    [
      'the LinkedIn post is rejected with a reason, then written again shorter',
      async () => {
        const page = state.page;
        state.linkedinPath = await openItem(page, 'LinkedIn post');
        await page.getByRole('button', { name: 'Reject', exact: true }).click();
        const dialog = page.getByRole('dialog', { name: 'Reject this item' });
        await dialog.getByRole('textbox', { name: 'Reason' }).fill('Too long for a launch post, and the claims need a source.');
        await dialog.getByRole('button', { name: 'Reject', exact: true }).click();
        await dialog.waitFor({ state: 'detached' });
        await page.getByText('Too long for a launch post, and the claims need a source.').first().waitFor();

        await page.getByRole('button', { name: 'Regenerate' }).click();
        const again = page.getByRole('dialog', { name: 'Write it again' });
        await again.getByRole('button', { name: 'Shorter' }).click();
        await again.getByRole('button', { name: 'Write again' }).click();
        await page.getByText(/Written again/).waitFor({ timeout: 30_000 });
        await page.getByText('Awaiting review', { exact: true }).first().waitFor();
        await page.getByTestId('variant').first().waitFor();
        await page.getByRole('list', { name: 'Activity' }).getByText('asked for a rewrite').waitFor();
        // A reported bug: Regenerate went away after one regeneration. It stays, with the notice up.
        await page.getByRole('button', { name: 'Regenerate' }).waitFor();

        // The editor on a phone: form first, the live preview under it.
        await state.phone.goto(state.linkedinPath);
        await state.phone.getByRole('button', { name: 'Edit variant 1' }).click();
        await state.phone.getByTestId('variant-editor').getByRole('textbox', { name: 'Post text' }).waitFor();
        await state.phone.getByRole('heading', { name: 'Editing variant 1' }).scrollIntoViewIfNeeded();
        await state.phone.evaluate(() => window.scrollBy(0, -70));
        await noOverflow(state.phone, 'the editor');
        await shot(state.phone, 'inbox-edit-phone');
        await state.phone.getByRole('button', { name: 'Cancel' }).click();
      },
    ],
    [
      'the search ad and the email show as they will appear, the email body sandboxed',
      async () => {
        const page = state.page;
        await openItem(page, 'Google responsive search ad');
        const headline = await page.getByTestId('rsa-headline').first().innerText();
        expect(headline.split(' | ').length === 3, `the ad headline joins ${headline.split(' | ').length} headlines: ${headline}`);
        await page.getByRole('heading', { name: /^Headlines \(\d+\)$/ }).first().waitFor();
        await shot(page, 'inbox-rsa-desktop');

        const emailPath = await openItem(page, 'Marketing email');
        const frame = page.locator('iframe[title^="Email body"]').first();
        await frame.waitFor();
        expect((await frame.getAttribute('sandbox')) === '', 'the email body frame is not fully sandboxed');
        await page.frameLocator('iframe[title^="Email body"]').first().getByText('Order now').first().waitFor();
        await shot(page, 'inbox-email-desktop');
        await state.phone.goto(emailPath);
        await state.phone.locator('iframe[title^="Email body"]').first().waitFor();
        await state.phone.getByRole('group', { name: 'In the inbox' }).first().scrollIntoViewIfNeeded();
        await noOverflow(state.phone, 'the email item');
        await shot(state.phone, 'inbox-email-phone');
      },
    ],
    [
      'the rest is approved in bulk from the list, and the badge empties',
      async () => {
        const page = state.page;
        await page.goto('/inbox');
        const rows = page.getByRole('list', { name: 'Inbox items' }).getByTestId('inbox-row');
        await rows.first().waitFor();
        const n = await rows.count();
        expect(n === 3, `expected 3 items left to review, saw ${n}`);
        await page.getByRole('checkbox', { name: 'Select every item awaiting review' }).check();
        await page.getByRole('region', { name: 'Selected items' }).getByRole('button', { name: `Approve ${n}` }).click();
        await page.getByText(`Approved ${n} items.`).waitFor();
        await page.getByText('Nothing waits for review').waitFor();
        await page.getByTestId('inbox-badge').filter({ visible: true }).waitFor({ state: 'detached', timeout: 5000 }).catch(async () => {
          expect((await page.getByTestId('inbox-badge').filter({ visible: true }).count()) === 0, 'the badge still shows after everything was approved');
        });
        await page.getByRole('tab', { name: /Approved/ }).click();
        await rows.first().waitFor();
        expect((await rows.count()) === 4, `the Approved tab lists ${await rows.count()} items, not 4`);
      },
    ],
    [
      'a preview link opens without an account; an unknown one says so',
      async ({ browser, base }) => {
        const page = state.page;
        await page.goto(state.xPath);
        await page.getByRole('button', { name: 'Share' }).click();
        const dialog = page.getByRole('dialog', { name: 'Share a preview' });
        await dialog.getByRole('button', { name: 'Create link' }).click();
        const link = await dialog.getByTestId('preview-link').inputValue();
        expect(link.startsWith(`${base}/preview/`), `the preview link is ${link}`);

        const outside = await browser.newContext({ baseURL: base, viewport: DESKTOP });
        const guest = await outside.newPage();
        await guest.goto(link);
        await guest.getByRole('heading', { name: 'X post', level: 1 }).waitFor();
        await guest.getByText('Lunar Roasters').first().waitFor();
        await guest.getByText(/roasted every Monday/).first().waitFor();
        expect((await guest.getByText('Brand findings').count()) === 0, 'the outside reviewer sees the team’s findings');
        expect(!guest.url().includes('/login'), 'the preview link asked for a login');
        await shot(guest, 'inbox-preview-public-desktop');
        await guest.goto('/preview/not-a-real-token');
        await guest.getByText('This preview link does not work').waitFor();
        await outside.close();
        await state.phoneCtx.close();
        await state.ctx.close();
      },
    ],
  ];
}
