/**
 * "Drafts people can trust": a brand with a required disclaimer and at most two hashtags per post
 * is briefed from the form (the language check says what the built-in composer cannot write);
 * every variant in the inbox carries the disclaimer; a variant edited into an error cannot be
 * approved in one click: the reviewer is asked for a fix or a reason, approves with a reason, and
 * the activity keeps the override.
 */
import { randomBytes } from 'node:crypto';

const run = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
const admin = { name: 'Dorothy Vaughan', email: `dorothy-${run}@example.com`, password: 'Fortran-Compiler-Lantern-48', org: `Orbit Beans ${run.slice(-4)}` };
const DISCLAIMER = 'Offer ends May 31. Terms apply.';
const REASON = 'Legal approved this launch post without the disclaimer (ticket LEG-142).';

/** @param {{ expect: Function, shot: Function, apiLogin: Function, signedInContext: Function, DESKTOP: object, PHONE: object }} h */
export function trustJourneys(h) {
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

  /** Every variant card of the open item names the disclaimer and keeps to two hashtags. */
  async function everyVariantTrusted(page, what) {
    const variants = page.getByTestId('variant');
    await variants.first().waitFor();
    const n = await variants.count();
    expect(n >= 1, `${what} shows no variants`);
    for (let i = 0; i < n; i++) {
      // The preview only: the findings would quote a missing disclaimer too.
      const text = await variants.nth(i).locator('[data-device]').first().innerText();
      expect(text.includes(DISCLAIMER), `${what}, variant ${i + 1} does not show the disclaimer:\n${text.slice(0, 600)}`);
      const tags = text.match(/#[\p{L}\p{N}_]+/gu) ?? [];
      expect(tags.length <= 2, `${what}, variant ${i + 1} has ${tags.length} hashtags, the brand allows 2: ${tags.join(' ')}`);
    }
  }

  return [
    [
      'a brand with a required disclaimer and two hashtags at most is briefed from the form; the language check speaks up',
      async ({ browser, base }) => {
        state.tokens = await api(base, 'POST', '/api/v1/auth/signup', { email: admin.email, password: admin.password, name: admin.name, organization_name: admin.org });
        const created = await api(base, 'POST', '/api/v1/brands', { name: 'Orbit Beans' });
        state.brandId = created.id;
        const brand = await api(base, 'GET', `/api/v1/brands/${created.id}`);
        const draft = {
          ...brand.draft,
          language: 'en',
          industry: 'Specialty coffee roasting',
          offer: 'A free tasting flight with every first order',
          location: 'Portland, Oregon',
          proof_points: ['Roasting since 2009'],
          key_messages: ['Roasted on Monday, shipped on Tuesday'],
          voice: {
            ...brand.draft.voice,
            required_disclaimers: [DISCLAIMER],
            hashtag_policy: { ...(brand.draft.voice?.hashtag_policy ?? {}), max_per_post: 2 },
          },
        };
        await api(base, 'PUT', `/api/v1/brands/${created.id}/draft`, draft);
        await api(base, 'POST', `/api/v1/brands/${created.id}/publish`, { message: 'Disclaimer and hashtag limit' });

        state.ctx = await signedInContext(browser, base, DESKTOP, state.tokens);
        const page = (state.page = await state.ctx.newPage());

        // The new brand facts sit in the foundation editor.
        await page.goto(`/brands/${created.id}/foundation`);
        await page.getByLabel('Industry').waitFor();
        expect((await page.getByLabel('Industry').inputValue()) === 'Specialty coffee roasting', 'the foundation editor does not show the industry');
        expect((await page.getByLabel('Proof points').inputValue()).includes('Roasting since 2009'), 'the foundation editor does not show the proof points');
        await page.getByLabel('Industry').scrollIntoViewIfNeeded();
        await shot(page, 'trust-foundation-desktop');

        await page.goto(`/create?brand=${created.id}`);
        await page.getByRole('button', { name: 'Write drafts' }).waitFor();
        await page.getByRole('button', { name: 'X', exact: true }).click();
        await page.getByRole('button', { name: 'LinkedIn', exact: true }).click();
        await page.getByRole('textbox', { name: 'Key message' }).fill('Our single-origin espresso is roasted on Monday and shipped on Tuesday');
        await page.getByRole('textbox', { name: 'Call to action' }).fill('Order now');
        await page.getByRole('textbox', { name: 'Link', exact: true }).fill('https://orbit.example/espresso');
        await page.getByLabel('Theme').fill('Spring Espresso');
        await page.getByLabel('Campaign (internal, never published)').fill('Q2 margin push');

        // The built-in composer writes English only: asking for Spanish is stopped before it runs.
        await page.getByLabel('Language', { exact: true }).click();
        await page.getByRole('option', { name: 'Spanish' }).click();
        const warning = page.getByTestId('language-warning');
        await warning.waitFor();
        await page.getByRole('button', { name: 'Write drafts' }).click();
        await page.getByText(/Not sent: pick a language the writer knows/).waitFor();
        expect(new URL(page.url()).pathname === '/create', 'the brief was sent in a language the writer cannot write');
        await warning.scrollIntoViewIfNeeded();
        await shot(page, 'trust-brief-language-desktop');
        await page.getByRole('button', { name: 'Write in English' }).click();
        await warning.waitFor({ state: 'detached' });
        await shot(page, 'trust-brief-desktop');

        state.phoneCtx = await signedInContext(browser, base, PHONE, state.tokens);
        const phone = (state.phone = await state.phoneCtx.newPage());
        await phone.goto(`/create?brand=${created.id}`);
        await phone.getByLabel('Theme').waitFor();
        await phone.getByLabel('Language', { exact: true }).scrollIntoViewIfNeeded();
        await noOverflow(phone, 'the brief form');
        await shot(phone, 'trust-brief-phone');
        await phone.goto(`/brands/${created.id}/foundation`);
        await phone.getByLabel('Proof points').scrollIntoViewIfNeeded();
        await noOverflow(phone, 'the foundation editor');
        await shot(phone, 'trust-foundation-phone');

        await page.getByRole('button', { name: 'Write drafts' }).click();
        await page.waitForURL(/\/create\/runs\//);
        const runId = new URL(page.url()).pathname.split('/').pop();
        let finished = await api(base, 'GET', `/api/v1/agent-runs/${runId}`);
        const deadline = Date.now() + 60_000;
        while (!['completed', 'failed', 'cancelled'].includes(finished.status)) {
          expect(Date.now() < deadline, `the run is still ${finished.status} after 60 s`);
          await new Promise((r) => setTimeout(r, 500));
          finished = await api(base, 'GET', `/api/v1/agent-runs/${runId}`);
        }
        expect(finished.status === 'completed', `the run ended ${finished.status}: ${finished.error}`);
        expect(finished.items.length === 2, `expected 2 items, the run made ${finished.items.length}`);
        state.items = finished.items;
      },
    ],
    [
      'the inbox lists each draft with its first line, and every variant carries the disclaimer',
      async () => {
        const page = state.page;
        await page.goto('/inbox');
        const rows = page.getByRole('list', { name: 'Inbox items' }).getByTestId('inbox-row');
        await rows.first().waitFor();
        expect((await rows.count()) === 2, `expected 2 rows awaiting review, saw ${await rows.count()}`);
        const previews = page.getByTestId('inbox-preview');
        expect((await previews.count()) === 2, `expected a first line on both rows, saw ${await previews.count()}`);
        for (const p of await previews.all()) {
          const t = (await p.innerText()).trim();
          expect(t.length > 0 && !t.includes('Q2 margin push'), `a preview line is empty or shows the internal campaign: "${t}"`);
        }
        await shot(page, 'trust-inbox-list-desktop');
        await state.phone.goto('/inbox');
        await state.phone.getByTestId('inbox-preview').first().waitFor();
        await noOverflow(state.phone, 'the inbox list');
        const cut = await state.phone.getByTestId('inbox-preview').first().evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, right: el.getBoundingClientRect().right }));
        expect(cut.right <= 390, `the preview line runs past the screen (${cut.right}px)`);
        await shot(state.phone, 'trust-inbox-list-phone');

        state.xPath = await openItem(page, 'X post');
        await everyVariantTrusted(page, 'the X post');
        state.linkedinPath = await openItem(page, 'LinkedIn post');
        await everyVariantTrusted(page, 'the LinkedIn post');
        // Who wrote it: the built-in composer, with the way to a language model.
        await page.getByTestId('written-by').first().getByText(/built-in composer/).waitFor();
        expect((await page.getByTestId('written-by').first().getByRole('link', { name: 'Connect a language model' }).getAttribute('href')) === '/settings/ai', 'no link to the AI settings');
      },
    ],
    [
      'a variant edited into an error asks for a fix or a reason; approving with a reason records the override',
      async () => {
        const page = state.page;
        await page.goto(state.xPath);
        const first = page.getByTestId('variant').first();
        await first.getByRole('button', { name: 'Edit variant 1' }).click();
        const editor = page.getByTestId('variant-editor');
        await editor.getByRole('textbox', { name: 'Post text' }).fill('Our single-origin espresso is roasted on Monday and shipped on Tuesday. #espresso #coffee #mondays https://orbit.example/espresso');
        await editor.getByRole('list', { name: 'Findings', exact: true }).waitFor();
        await editor.getByRole('button', { name: 'Save variant 1' }).click();
        await editor.waitFor({ state: 'detached' });
        await first.getByTestId('variant-errors').waitFor();
        await first.locator('[data-testid="finding-group"]').first().waitFor();
        await first.scrollIntoViewIfNeeded();
        await shot(page, 'trust-item-findings-desktop');

        await first.getByRole('button', { name: 'Approve variant 1' }).click();
        const dialog = page.getByRole('dialog', { name: /^Variant 1 has/ });
        await dialog.waitFor();
        const errors = dialog.getByRole('list', { name: 'Errors' });
        expect((await errors.getByRole('listitem').count()) >= 1, 'the dialog lists no errors');
        await dialog.getByRole('button', { name: 'Fix it' }).waitFor();
        await shot(page, 'trust-override-dialog-desktop');
        await dialog.getByRole('button', { name: 'Approve anyway' }).click();
        await dialog.getByText('Write why it can be approved as it is.').waitFor();
        await dialog.getByLabel('Why approve it anyway?').fill(REASON);
        await dialog.getByRole('button', { name: 'Approve anyway' }).click();
        await dialog.waitFor({ state: 'detached' });
        await page.getByText('Approved with variant 1').waitFor();
        const activity = page.getByRole('list', { name: 'Activity' });
        await activity.getByText(/over review errors/).waitFor();
        await activity.getByText(REASON, { exact: false }).waitFor();
        await shot(page, 'trust-override-activity-desktop');
      },
    ],
    [
      'on a phone: the item with its findings and the override dialog fit the screen, Escape closes it',
      async ({ base }) => {
        const item = state.items.find((i) => i.channel === 'linkedin');
        const detail = await api(base, 'GET', `/api/v1/inbox/${item.id}`);
        const v = detail.variants[0];
        await api(base, 'PUT', `/api/v1/inbox/${item.id}/variants/0`, {
          draft: { ...v.draft, text: 'Our single-origin espresso is roasted on Monday and shipped on Tuesday, so it reaches you fresh. #espresso #coffee #mondays #portland' },
        });
        const phone = state.phone;
        await phone.goto(state.linkedinPath);
        const first = phone.getByTestId('variant').first();
        await first.getByTestId('variant-errors').waitFor();
        await first.locator('[data-testid="finding-group"]').first().scrollIntoViewIfNeeded();
        await noOverflow(phone, 'the item with findings');
        await shot(phone, 'trust-item-findings-phone');
        await state.page.goto(state.linkedinPath);
        await state.page.getByTestId('variant').first().getByTestId('variant-errors').waitFor();
        await shot(state.page, 'trust-item-findings-linkedin-desktop');
        await first.getByRole('button', { name: 'Approve variant 1' }).click();
        const dialog = phone.getByRole('dialog', { name: /^Variant 1 has/ });
        await dialog.waitFor();
        await noOverflow(phone, 'the override dialog');
        const box = await dialog.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 390, `the dialog does not fit the screen: ${JSON.stringify(box)}`);
        await shot(phone, 'trust-override-dialog-phone');
        await phone.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        await state.phoneCtx.close();
        await state.ctx.close();
      },
    ],
  ];
}
