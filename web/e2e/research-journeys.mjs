/**
 * Research journeys: a fresh account audits its own site (about twenty pages with a broken link and a
 * page without a title), watches three competitors, snapshots one, sees its Pro price go from $49 to
 * $59 on the next snapshot, and finds the alert and the readable diff. Both websites are tiny servers
 * on 127.0.0.1 started here; the server under test allows private networks for them.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

const run = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
const owner = { name: 'Mary Jackson', email: `mary-${run}@example.com`, password: 'Wind-Tunnel-Harbor-Quartz-58', org: `Hampton Analytics ${run.slice(-4)}` };

const page = (title, body, extraHead = '') =>
  `<!DOCTYPE html><html lang="en"><head>${title === null ? '' : `<title>${title}</title>`}<meta name="description" content="${title ?? 'Untitled'} — a page of the test site.">${extraHead}</head><body>${body}</body></html>`;

/** A news feed naming the competitor and our keywords, for the monitoring pages. */
const FEED = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Marketing analytics news</title><link>https://news.example/</link><description>Industry news</description>
<item><title>Acme Analytics raises the price of its Pro plan</title><link>https://news.example/acme-pro-price</link><description>Acme Analytics now charges $59 a month for Pro, up from $49, citing new attribution features.</description><pubDate>${new Date().toUTCString()}</pubDate></item>
<item><title>Hampton Analytics praised for attribution guides</title><link>https://news.example/hampton-guides</link><description>Marketers love the clear and helpful attribution guides from Hampton Analytics.</description><pubDate>${new Date().toUTCString()}</pubDate></item>
</channel></rss>`;

/** The competitor's website: a home page linking to pricing and about, plus two smaller rivals under /beta and /gamma. */
function competitorSite(state) {
  const nav = (root) => `<nav><a href="${root}">Home</a> <a href="${root}pricing">Pricing</a> <a href="${root}about">About</a></nav>`;
  const card = (name, price, features) =>
    `<div class="pricing-card"><h3 class="plan-name">${name}</h3><div class="price"><span class="amount">${price}</span><span class="period">/month</span></div><ul class="plan-features">${features
      .map((f) => `<li>${f}</li>`)
      .join('')}</ul><a class="btn btn-primary" href="/signup?plan=${name.toLowerCase()}">Start free trial</a></div>`;
  const home = (root, brand, claim) =>
    page(
      `${brand} — ${claim}`,
      `${nav(root)}<main><h1>${claim}</h1><p class="lead">${brand} turns campaign data into decisions your whole team can act on.</p>
      <section class="features"><h2>Why teams choose ${brand}</h2><ul><li>Analytics dashboards ready in minutes</li><li>Automation for recurring reports</li><li>Attribution across every channel</li></ul></section>
      <a class="btn btn-primary" href="${root}signup">Start free trial</a> <a class="btn" href="${root}demo">Book a demo</a></main><footer>© ${brand}</footer>`,
    );
  const pricing = (root, brand, pro) =>
    page(
      `Pricing | ${brand}`,
      `${nav(root)}<main><h1>Simple pricing that grows with you</h1><section class="pricing-grid">${card('Starter', '$19', ['3 dashboards', 'Email support'])}${card('Pro', pro, [
        'Unlimited dashboards',
        'Automation',
        'Priority support',
      ])}</section></main><footer>© ${brand}</footer>`,
    );
  const about = (root, brand) => page(`About | ${brand}`, `${nav(root)}<main><h1>About ${brand}</h1><p>We build analytics for marketers since 2019.</p></main>`);
  const routes = (path) => {
    for (const [root, brand, claim, pro] of [
      ['/beta/', 'Beta Metrics', 'Marketing analytics without the spreadsheets', '$39'],
      ['/gamma/', 'Gamma Insights', 'Attribution you can trust', '$99'],
      ['/', 'Acme Analytics', 'Ship marketing decisions faster', `$${state.proPrice}`],
    ]) {
      if (path === root) return home(root, brand, claim);
      if (path === `${root}pricing`) return pricing(root, brand, pro);
      if (path === `${root}about`) return about(root, brand);
    }
    return null;
  };
  return createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/robots.txt') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      return res.end('User-agent: *\nAllow: /\n');
    }
    if (path === '/feed.xml') {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml' });
      return res.end(FEED);
    }
    const html = routes(path);
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? page('Not found', '<h1>Not found</h1>'));
  });
}

/** Our own website: twenty pages, one linking to a page that does not exist, one without a title. */
function ownSite() {
  const topics = ['analytics', 'attribution', 'dashboards', 'reports', 'automation', 'campaigns', 'audiences', 'budgets', 'channels', 'forecasts', 'benchmarks', 'cohorts', 'funnels', 'goals', 'insights', 'journeys', 'keywords', 'landing-pages'];
  const nav = `<nav><a href="/">Home</a> <a href="/about">About</a> ${topics.map((t) => `<a href="/guides/${t}">${t.replace('-', ' ')} guide</a>`).join(' ')}</nav>`;
  const text = (t) => `<p>This guide explains ${t} for marketing teams: what to measure, how often, and which decisions it should inform. ${'Marketing teams read this guide to plan their work and report on results with confidence. '.repeat(6)}</p>`;
  return createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    let html = null;
    if (path === '/robots.txt') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      return res.end('User-agent: *\nAllow: /\n');
    }
    if (path === '/') html = page('Hampton Analytics — brand analytics for marketers', `${nav}<main><h1>Brand analytics for marketers</h1>${text('brand analytics')}</main>`);
    else if (path === '/about') html = page(null, `${nav}<main><h1>About us</h1>${text('our company')}<a href="/guides/old-pricing">Our old pricing guide</a></main>`);
    else if (path.startsWith('/guides/') && topics.includes(path.slice(8))) {
      const t = path.slice(8);
      html = page(`The ${t.replace('-', ' ')} guide | Hampton Analytics`, `${nav}<main><h1>The ${t.replace('-', ' ')} guide</h1>${text(t)}</main>`);
    }
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? page('Not found', '<h1>Not found</h1>'));
  });
}

function listen(server) {
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${server.address().port}`)));
}

/** @param {{ expect: Function, shot: Function, apiLogin: Function, signedInContext: Function, DESKTOP: object, PHONE: object }} h */
export function researchJourneys(h) {
  const { expect, shot, apiLogin, signedInContext, DESKTOP, PHONE } = h;
  const state = { proPrice: 49 };

  async function noOverflow(p, what) {
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow <= 0, `${what} overflows the 390px screen by ${overflow}px`);
  }

  /** The phone view of the page the desktop is on: same path, no horizontal overflow, a screenshot. */
  async function phoneShot(path, ready, name) {
    await state.phone.goto(path);
    await ready(state.phone);
    await noOverflow(state.phone, path);
    await shot(state.phone, name);
  }

  async function addCompetitor(p, name, website) {
    await p.goto('/competitors');
    const add = p.getByRole('button', { name: 'Add a competitor' });
    const form = p.getByRole('form', { name: 'Add a competitor' });
    await Promise.race([add.waitFor(), form.waitFor()]);
    if (await add.isVisible()) await add.click();
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel('Website', { exact: true }).fill(website);
    // Manual only: the journey decides when each snapshot is taken.
    await form.getByRole('combobox', { name: 'Snapshot schedule' }).click();
    await p.getByRole('option', { name: /Manual only/ }).click();
    await form.getByRole('button', { name: 'Add competitor' }).click();
    await p.waitForURL(/\/competitors\/[0-9a-f-]{36}$/);
    await p.getByRole('heading', { name, level: 1 }).waitFor();
    return new URL(p.url()).pathname;
  }

  async function snapshotNow(p) {
    await p.getByRole('button', { name: 'Snapshot now' }).click();
    // The progress shows while the snapshot runs, and the button comes back when it has finished.
    await p.getByRole('button', { name: 'Snapshot now' }).waitFor({ timeout: 90_000 });
  }

  return [
    [
      'research: our own site is crawled and its audit shows the health score and a broken link',
      async ({ browser, base }) => {
        state.competitorServer = competitorSite(state);
        state.ownServer = ownSite();
        state.competitorUrl = await listen(state.competitorServer);
        state.ownUrl = await listen(state.ownServer);

        const ctx = (state.ctx = await browser.newContext({ baseURL: base, viewport: DESKTOP }));
        const p = (state.page = await ctx.newPage());
        await p.goto('/signup');
        await p.getByLabel('Your name').fill(owner.name);
        await p.getByLabel('Work email').fill(owner.email);
        await p.getByLabel('Password').fill(owner.password);
        await p.getByLabel('Organization name').fill(owner.org);
        await p.getByRole('button', { name: 'Create account' }).click();
        await p.waitForURL(`${base}/`);
        state.tokens = await apiLogin(base, owner.email, owner.password);
        state.phoneCtx = await signedInContext(browser, base, PHONE, state.tokens);
        state.phone = await state.phoneCtx.newPage();

        await p.goto('/research');
        await p.getByRole('form', { name: 'Add a site' }).waitFor();
        await p.getByLabel('Website address').fill(`${state.ownUrl}/`);
        await p.getByLabel('Name').fill('Hampton Analytics');
        await p.getByRole('button', { name: 'Add site' }).click();
        await p.waitForURL(/\/research\/sites\/[0-9a-f-]{36}$/);
        state.sitePath = new URL(p.url()).pathname;
        const start = p.getByRole('button', { name: 'Start crawl' });
        const cancel = p.getByRole('button', { name: 'Cancel crawl' });
        await Promise.race([start.waitFor(), cancel.waitFor()]);
        if (await start.isVisible()) await start.click();
        await p.getByTestId('crawl-progress').waitFor({ timeout: 30_000 }).catch(() => {});
        await shot(p, 'research-crawl-desktop');

        const health = p.getByRole('img', { name: /^Health score \d+ of 100/ });
        await health.waitFor({ timeout: 120_000 });
        const checks = p.getByTestId('check');
        await checks.filter({ hasText: 'Internal link to a missing page' }).first().waitFor({ timeout: 30_000 });
        await checks.filter({ hasText: 'Missing title' }).first().waitFor();
        await shot(p, 'research-audit-desktop');
        await phoneShot(state.sitePath, (ph) => ph.getByRole('img', { name: /^Health score \d+ of 100/ }).waitFor({ timeout: 30_000 }), 'research-audit-phone');
      },
    ],
    [
      'competitors: three are watched, the first one is snapshotted with its plans read',
      async () => {
        const p = state.page;
        state.acmePath = await addCompetitor(p, 'Acme Analytics', `${state.competitorUrl}/`);
        await addCompetitor(p, 'Beta Metrics', `${state.competitorUrl}/beta/`);
        await addCompetitor(p, 'Gamma Insights', `${state.competitorUrl}/gamma/`);

        await p.goto(state.acmePath);
        await p.getByRole('heading', { name: 'Acme Analytics', level: 1 }).waitFor();
        await snapshotNow(p);
        const pricing = p.getByTestId('page-snapshot').filter({ hasText: '/pricing' });
        await pricing.waitFor({ timeout: 30_000 });
        const plans = pricing.getByRole('table');
        await plans.getByRole('row', { name: /Starter.*\$19/ }).waitFor();
        await plans.getByRole('row', { name: /Pro.*\$49/ }).waitFor();
        await p.getByRole('list', { name: 'Key pages' }).getByText(`${state.competitorUrl}/about`).waitFor();
        await shot(p, 'competitor-desktop');

        await p.goto('/competitors');
        const rows = p.getByTestId('competitor-row');
        await rows.nth(2).waitFor();
        expect((await rows.count()) === 3, `expected 3 competitors, saw ${await rows.count()}`);
        await shot(p, 'competitors-desktop');
        await phoneShot('/competitors', (ph) => ph.getByTestId('competitor-row').nth(2).waitFor(), 'competitors-phone');
      },
    ],
    [
      'competitors: a price rise on the next snapshot raises an alert that opens the readable diff',
      async ({ base }) => {
        const p = state.page;
        state.proPrice = 59;
        await p.goto(state.acmePath);
        await snapshotNow(p);
        const timeline = p.getByRole('list', { name: 'Change timeline' });
        const priceChange = timeline.getByRole('button').filter({ hasText: /\$59/ }).first();
        await priceChange.waitFor({ timeout: 30_000 });

        await p.goto('/alerts');
        const alert = p.getByTestId('alert').filter({ hasText: 'Acme Analytics' }).first();
        await alert.waitFor({ timeout: 30_000 });
        expect((await alert.innerText()).includes('Unread.') || (await alert.getByRole('button', { name: /Mark/ }).count()) > 0, 'the new alert is not unread');
        await shot(p, 'alerts-desktop');
        await phoneShot('/alerts', (ph) => ph.getByTestId('alert').first().waitFor(), 'alerts-phone');

        await alert.getByRole('link').first().click();
        await p.waitForURL(/\/competitors\/[0-9a-f-]{36}\?change=[0-9a-f-]{36}$/);
        const detail = p.getByTestId('change-detail');
        const diff = detail.getByRole('list', { name: 'Text diff' });
        await diff.waitFor({ timeout: 15_000 });
        await diff.locator('[data-op="delete"]').filter({ hasText: '$49' }).first().waitFor();
        await diff.locator('[data-op="insert"]').filter({ hasText: '$59' }).first().waitFor();
        await detail.getByRole('list', { name: 'Field changes' }).filter({ hasText: '$59' }).waitFor();
        await shot(p, 'competitor-change-desktop');
        await phoneShot(new URL(p.url()).pathname + new URL(p.url()).search, (ph) => ph.getByRole('list', { name: 'Text diff' }).waitFor({ timeout: 15_000 }), 'competitor-change-phone');

        // The alert was read by following its link.
        const res = await fetch(`${base}/api/v1/alerts`, { headers: { Authorization: `Bearer ${state.tokens.access_token}` } });
        const alerts = await res.json();
        expect(alerts.items.some((a) => a.url?.includes('?change=') && a.read_at), 'following the alert did not mark it read');
      },
    ],
    [
      'competitors: the comparison puts our positioning beside theirs',
      async () => {
        const p = state.page;
        await p.goto('/competitors/analysis');
        const table = p.getByRole('region', { name: 'Positioning side by side' });
        await table.getByText('Ship marketing decisions faster').waitFor({ timeout: 15_000 });
        await table.getByRole('row', { name: /Entry price/ }).getByText('$19/month').first().waitFor();
        await shot(p, 'competitors-compare-desktop');
        await phoneShot('/competitors/analysis', (ph) => ph.getByRole('region', { name: 'Positioning side by side' }).waitFor(), 'competitors-compare-phone');
      },
    ],
    [
      'monitoring: sources, watch settings and digest preview are managed; the feed and mentions load',
      async () => {
        const p = state.page;
        await p.goto('/monitoring?tab=settings');
        const keywords = p.getByLabel('Keywords', { exact: true });
        await keywords.fill('attribution');
        await keywords.press('Enter');
        await p.getByRole('button', { name: 'Remove attribution' }).waitFor();
        await p.getByRole('button', { name: 'Save watch settings' }).click();
        await p.getByText('Saved. New items are scored with these settings.').waitFor();
        await p.getByRole('button', { name: 'Preview the digest' }).click();
        await p.getByRole('region', { name: 'Digest preview' }).waitFor();
        await shot(p, 'monitoring-settings-desktop');
        await phoneShot('/monitoring?tab=settings', (ph) => ph.getByRole('form', { name: 'What to watch' }).waitFor(), 'monitoring-settings-phone');

        await p.goto('/monitoring?tab=sources');
        await p.getByLabel('Feed or sitemap address').fill(`${state.competitorUrl}/feed.xml`);
        await p.getByLabel('Name').fill('Acme blog');
        await p.getByRole('button', { name: 'Add source' }).click();
        const source = p.getByTestId('source').filter({ hasText: 'Acme blog' });
        await source.waitFor();
        await source.getByRole('button', { name: 'Poll Acme blog now' }).click();
        await source.getByText('Poll queued.').waitFor();
        await shot(p, 'monitoring-sources-desktop');
        await phoneShot('/monitoring?tab=sources', (ph) => ph.getByTestId('source').first().waitFor(), 'monitoring-sources-phone');

        await p.goto('/monitoring');
        await p.getByRole('search', { name: 'Filter news' }).waitFor();
        await p.getByText(/No news yet|Relevance \d+%/).first().waitFor({ timeout: 15_000 });
        await shot(p, 'monitoring-desktop');
        await phoneShot('/monitoring', (ph) => ph.getByRole('search', { name: 'Filter news' }).waitFor(), 'monitoring-phone');

        await p.goto('/monitoring?tab=mentions');
        await p.getByRole('heading', { name: 'Share of voice' }).waitFor();
        await p.getByRole('heading', { name: 'Mentions' }).waitFor();
        await shot(p, 'monitoring-mentions-desktop');
        await phoneShot('/monitoring?tab=mentions', (ph) => ph.getByRole('heading', { name: 'Share of voice' }).waitFor(), 'monitoring-mentions-phone');
      },
    ],
    [
      'alerts: a rule and a webhook are added; the secret is shown once and a test is delivered',
      async () => {
        const p = state.page;
        await p.goto('/alerts?tab=rules');
        await p.getByRole('button', { name: 'New rule' }).click();
        const form = p.getByRole('form', { name: 'New alert rule' });
        await form.getByLabel('Name', { exact: true }).fill('Acme pricing news');
        await form.getByLabel('Competitors', { exact: true }).fill('Acme Analytics');
        await form.getByLabel('Competitors', { exact: true }).press('Enter');
        await form.getByRole('button', { name: 'Create rule' }).click();
        await p.getByTestId('rule').filter({ hasText: 'Acme pricing news' }).waitFor();
        await shot(p, 'alert-rules-desktop');
        await phoneShot('/alerts?tab=rules', (ph) => ph.getByTestId('rule').first().waitFor(), 'alert-rules-phone');

        // The receiver is the test site: it answers 404, so the delivery is recorded with that status.
        await p.goto('/alerts?tab=webhooks');
        await p.getByLabel('Endpoint address').fill(`${state.competitorUrl}/hooks/brandium`);
        await p.getByRole('button', { name: 'Add webhook' }).click();
        const secret = p.getByTestId('webhook-secret');
        await secret.waitFor();
        expect((await secret.locator('code').first().innerText()).trim().length >= 16, 'the signing secret is not shown');
        await shot(p, 'webhooks-secret-desktop');
        await secret.getByRole('button', { name: 'I have stored the secret' }).click();
        const hook = p.getByTestId('webhook').first();
        await hook.getByRole('button', { name: 'Send test' }).click();
        await hook.getByTestId('delivery').first().waitFor({ timeout: 15_000 });
        await shot(p, 'webhooks-desktop');
        await phoneShot('/alerts?tab=webhooks', (ph) => ph.getByTestId('webhook').first().waitFor(), 'webhooks-phone');

        await state.phoneCtx.close();
        await state.ctx.close();
        state.competitorServer.close();
        state.ownServer.close();
      },
    ],
  ];
}
