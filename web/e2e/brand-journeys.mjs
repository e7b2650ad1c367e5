/**
 * Brand journeys: a fresh account goes through the setup wizard to a published brand kit, then
 * edits the guidelines, publishes again and restores the first version.
 */
import { randomBytes } from 'node:crypto';

const run = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
const owner = { name: 'Margaret Hamilton', email: `margaret-${run}@example.com`, password: 'Apollo-Guidance-Lantern-11', org: `Lunar Roasters ${run.slice(-4)}` };
const brand = { name: 'Lunar Roasters', tagline: 'Coffee worth the orbit', mission: 'We roast single-origin coffee for people who care where it comes from.', vision: 'Every cup traceable to the farm that grew it.' };

/** @param {{ expect: Function, shot: Function, apiLogin: Function, signedInContext: Function, DESKTOP: object, PHONE: object }} h */
export function brandJourneys(h) {
  const { expect, shot, apiLogin, signedInContext, DESKTOP, PHONE } = h;
  const state = {};

  return [
    [
      'a new account goes through the wizard to a published brand kit',
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
        await page.getByRole('link', { name: 'Start setup' }).click();
        await page.waitForURL(`${base}/onboarding`);

        // 1: name, then the foundation typed in.
        await page.getByLabel('What is your brand called?').fill(brand.name);
        await shot(page, 'wizard-start-desktop');
        await page.getByRole('button', { name: 'Continue' }).click();
        await page.getByLabel('Tagline').fill(brand.tagline);
        await page.getByLabel('Mission').fill(brand.mission);
        await page.getByLabel('Vision').fill(brand.vision);
        await page.getByLabel('Value 1 name').fill('Traceability');
        await page.getByLabel('Value 1 description').fill('We name the farm on every bag.');
        await shot(page, 'wizard-foundation-desktop');
        await page.getByRole('button', { name: 'Save and continue' }).click();

        // 2: research can start later; this journey is about the brand kit.
        await page.getByRole('heading', { name: 'Research your market' }).waitFor();
        await page.getByRole('button', { name: 'Skip for now' }).click();

        // 3: a palette generated from one colour.
        await page.getByRole('heading', { name: 'Your visual identity' }).waitFor();
        await page.getByLabel('Base colour', { exact: true }).fill('#8a3b12');
        await page.getByRole('button', { name: 'Generate palette' }).click();
        await page.getByTestId('palette-proposal').waitFor();
        await shot(page, 'wizard-palette-desktop');
        await page.getByRole('button', { name: 'Use this palette' }).click();
        await page.getByRole('list', { name: 'Current palette' }).waitFor();
        const swatches = await page.getByRole('list', { name: 'Current palette' }).getByRole('listitem').count();
        expect(swatches >= 3, `expected a palette of at least 3 colours, saw ${swatches}`);
        await page.getByRole('button', { name: 'Continue' }).click();

        // The progress is saved: a reload resumes at step 4.
        await page.getByRole('heading', { name: 'Publish your brand kit' }).waitFor();
        await page.reload();
        await page.getByRole('heading', { name: 'Publish your brand kit' }).waitFor();
        expect((await page.getByTestId('publish-summary').innerText()).includes(brand.tagline), 'the summary does not show the tagline');

        const tokens = await apiLogin(base, owner.email, owner.password);
        state.tokens = tokens;
        const phoneCtx = await signedInContext(browser, base, PHONE, tokens);
        const phone = await phoneCtx.newPage();
        await phone.goto('/onboarding');
        await phone.getByRole('heading', { name: 'Publish your brand kit' }).waitFor();
        const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow <= 0, `the wizard overflows the 390px screen by ${overflow}px`);
        await shot(phone, 'wizard-publish-phone');
        await phoneCtx.close();

        // 4: publish, and land on the brand kit.
        await page.getByRole('button', { name: 'Publish brand kit' }).click();
        await page.waitForURL(/\/brands\/[0-9a-f-]+\/kit$/);
        state.brandPath = new URL(page.url()).pathname.replace(/\/kit$/, '');
        await page.getByText(brand.tagline).first().waitFor();
        await shot(page, 'brand-kit-desktop');

        await page.goto('/');
        await page.getByRole('list', { name: 'Onboarding checklist' }).waitFor();
        const done = await page.locator('[data-step][data-done="true"]').count();
        expect(done === 4, `expected the checklist to show 4 done steps, saw ${done}`);
      },
    ],
    [
      'guidelines are edited, published again, and an older version is restored',
      async ({ base }) => {
        const page = state.page;
        expect(state.brandPath, 'the wizard journey did not create a brand');
        await page.goto(`${state.brandPath}/foundation`);
        const mission = page.getByLabel('Mission', { exact: true });
        await mission.waitFor();
        expect((await mission.inputValue()) === brand.mission, 'the foundation page does not show the mission');
        await mission.fill('We roast coffee.');
        await page.getByRole('button', { name: 'Save', exact: true }).first().click();
        await page.getByText('Saved · not published').waitFor();
        await page.getByRole('button', { name: 'Publish', exact: true }).first().click();
        await page.getByLabel('What changed?').fill('Shorter mission');
        await page.getByRole('dialog').getByRole('button', { name: 'Publish', exact: true }).click();
        await page.getByText('Published · v2').waitFor();

        await page.goto(`${state.brandPath}/revisions`);
        const versions = page.getByRole('list', { name: 'Published versions, newest first' });
        await versions.waitFor();
        expect((await versions.getByRole('listitem').count()) === 2, 'expected two published versions');
        await page.getByRole('button', { name: 'Compare version 1 with the draft' }).click();
        await page.getByText('We roast coffee.').first().waitFor();
        await shot(page, 'revisions-desktop');
        await page.getByRole('button', { name: 'Restore version 1' }).click();
        await page.getByRole('button', { name: 'Restore and publish' }).click();
        await page.getByText('Restored from v1').waitFor();
        expect((await versions.getByRole('listitem').count()) === 3, 'restoring did not publish a third version');

        await page.goto(`${state.brandPath}/foundation`);
        await page.getByLabel('Mission', { exact: true }).waitFor();
        const restored = await page.getByLabel('Mission', { exact: true }).inputValue();
        expect(restored === brand.mission, `the restored mission is "${restored}"`);
        expect(base, 'base');
      },
    ],
    [
      'the asset library takes uploads, cleans SVGs and finds them by search',
      async ({ base }) => {
        const page = state.page;
        await page.goto('/assets');
        await page.getByRole('heading', { name: 'Assets' }).waitFor();
        const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><script>alert(1)</script><rect width="120" height="40" fill="#8a3b12" onload="alert(2)"/></svg>';
        // A 1x1 PNG: the kind comes from these bytes, not from the name.
        const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
        await page.locator('input[type=file]').setInputFiles([
          { name: 'lunar-wordmark.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) },
          { name: 'bean-photo.dat', mimeType: 'application/octet-stream', buffer: png },
        ]);
        const grid = page.getByRole('list', { name: 'Assets' });
        await grid.getByText('lunar-wordmark.svg').waitFor();
        await grid.getByText('bean-photo.dat').waitFor();
        await shot(page, 'assets-desktop');

        const api = await page.evaluate(async () => {
          const token = localStorage.getItem('brandium.access_token');
          const res = await fetch('/api/v1/assets/search?q=wordmark', { headers: { Authorization: `Bearer ${token}` } });
          return res.json();
        });
        const found = api.items ?? [];
        expect(found.length === 1 && found[0].name === 'lunar-wordmark.svg', `search for "wordmark" found ${JSON.stringify(found.map((a) => a.name))}`);
        const file = await page.request.get(found[0].url);
        const body = await file.text();
        expect(file.ok(), `the signed file URL answered ${file.status()}`);
        expect(!body.includes('<script') && !body.includes('onload'), 'the stored SVG still holds a script');
        expect((file.headers()['content-security-policy'] ?? '').includes("default-src 'none'"), 'the file is served without a restrictive CSP');

        await page.getByRole('searchbox', { name: 'Search assets' }).fill('bean');
        const results = page.getByRole('list', { name: 'Search results' });
        await results.getByText('bean-photo.dat').waitFor();
        expect((await results.getByRole('listitem').count()) === 1, 'the search shows more than the photo');
        expect(base, 'base');
      },
    ],
  ];
}
