#!/usr/bin/env node
/**
 * End-to-end journeys in real Chromium (playwright-core + Debian's /usr/bin/chromium, no browser download).
 *
 *   npm run e2e                      build the web app, start `brandium serve` on a free port with a fresh SQLite
 *                                    database, wait for /readyz, run the journeys, stop the server
 *   E2E_BASE_URL=http://host:port    run against a server that is already up (nothing is built or started)
 *
 * Env: BRANDIUM_BIN (default ../target/debug/brandium, relative to web/), E2E_SKIP_BUILD=1, CHROMIUM_PATH,
 * E2E_HEADED=1, E2E_ONLY=inbox,trust (only those journey files; `core` is the accounts journeys), E2E_SHOTS=/dir
 * (where screenshots go; default web/test-results/).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { agentsJourneys } from './agents-journeys.mjs';
import { brandJourneys } from './brand-journeys.mjs';
import { inboxJourneys } from './inbox-journeys.mjs';
import { researchJourneys } from './research-journeys.mjs';
import { trustJourneys } from './trust-journeys.mjs';

const WEB = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = resolve(WEB, '..');
const OUT = process.env.E2E_SHOTS ? resolve(process.env.E2E_SHOTS) : resolve(WEB, 'test-results');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------- server orchestration

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

async function waitReady(base, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`brandium exited with code ${child.exitCode} before it was ready (see test-results/server.log)`);
    try {
      const res = await fetch(`${base}/readyz`);
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${base}/readyz did not answer 200 within ${timeoutMs / 1000}s`);
}

async function startServer() {
  if (process.env.E2E_BASE_URL) {
    const base = process.env.E2E_BASE_URL.replace(/\/$/, '');
    await waitReady(base, null, 10_000);
    return { base, stop: async () => {} };
  }
  if (!process.env.E2E_SKIP_BUILD) {
    console.log('# building the web app (npm run build)');
    const build = spawnSync('npm', ['run', 'build'], { cwd: WEB, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build failed');
  }
  const bin = resolve(WEB, process.env.BRANDIUM_BIN ?? '../target/debug/brandium');
  if (!existsSync(bin)) throw new Error(`no server binary at ${bin}: run \`cargo build -p brandium\` first, or set BRANDIUM_BIN / E2E_BASE_URL`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const db = `/tmp/brandium-e2e-${process.pid}-${randomBytes(3).toString('hex')}.db`;
  const log = createWriteStream(resolve(OUT, 'server.log'));
  console.log(`# starting ${bin} serve on ${base} (database ${db})`);
  // Private networks are allowed: the research journeys serve their test websites on 127.0.0.1.
  const child = spawn(bin, ['serve'], {
    cwd: ROOT,
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'BRANDIUM_BIN')), BRANDIUM_DATABASE_URL: `sqlite://${db}`, BRANDIUM_LISTEN: `127.0.0.1:${port}`, BRANDIUM_PUBLIC_URL: base, BRANDIUM_ALLOW_PRIVATE_NETWORKS: 'true', RUST_LOG: process.env.RUST_LOG ?? 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([new Promise((r) => child.once('exit', r)), new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  };
  try {
    await waitReady(base, child);
  } catch (e) {
    await stop();
    throw e;
  }
  return { base, stop };
}

// ---------------------------------------------------------------- helpers

function expect(cond, message) {
  if (!cond) throw new Error(message);
}

async function shot(page, name) {
  await page.waitForLoadState('networkidle').catch(() => {});
  // Phone shots show the screen as a person sees it (fixed top and tab bars in place); desktop shots the whole page.
  const fullPage = (page.viewportSize()?.width ?? 1280) >= 768;
  await page.screenshot({ path: resolve(OUT, `${name}.png`), fullPage });
}

/** RFC 6238 TOTP (SHA-1, 30 s, 6 digits) from a base32 secret, to complete 2FA enrolment like an authenticator app. */
function totp(secret, at = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const h = createHmac('sha1', key).update(counter).digest();
  const o = h[h.length - 1] & 0xf;
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

async function apiLogin(base, email, password) {
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });
  expect(res.ok, `API login for ${email} answered ${res.status}`);
  return res.json();
}

/** A context already signed in (tokens placed where the app keeps them), for phone screenshots. */
async function signedInContext(browser, base, viewport, tokens) {
  const ctx = await browser.newContext({ baseURL: base, viewport, deviceScaleFactor: 1, isMobile: viewport.width < 768, hasTouch: viewport.width < 768 });
  await ctx.addInitScript(([a, r]) => {
    if (!sessionStorage.getItem('e2e-seeded')) {
      localStorage.setItem('brandium.access_token', a);
      localStorage.setItem('brandium.refresh_token', r);
      sessionStorage.setItem('e2e-seeded', '1');
    }
  }, [tokens.access_token, tokens.refresh_token]);
  return ctx;
}

async function navLabels(page) {
  const navs = page.getByRole('navigation', { name: 'Main' });
  const texts = [];
  for (const nav of await navs.all()) {
    if (await nav.isVisible()) texts.push(...(await nav.getByRole('link').allInnerTexts()));
  }
  return texts.map((t) => t.trim());
}

// ---------------------------------------------------------------- journeys

const run = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
const admin = { name: 'Ada Lovelace', email: `ada-${run}@example.com`, password: 'Plum-Harbor-Lantern-42', org: `Analytical Engines ${run.slice(-4)}` };
const viewer = { name: 'Grace Hopper', email: `grace-${run}@example.com`, password: 'Cobol-Compass-Nebula-77' };
const state = {};

const journeys = [
  [
    'sign up lands on the dashboard with the onboarding checklist',
    async ({ browser, base }) => {
      state.adminCtx = await browser.newContext({ baseURL: base, viewport: DESKTOP });
      const page = (state.admin = await state.adminCtx.newPage());
      await page.goto('/signup');
      await page.getByLabel('Your name').fill(admin.name);
      await page.getByLabel('Work email').fill(admin.email);
      await page.getByLabel('Password').fill(admin.password);
      await page.getByLabel('Organization name').fill(admin.org);
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.waitForURL(`${base}/`);
      await page.getByRole('list', { name: 'Onboarding checklist' }).waitFor();
      const steps = await page.getByRole('list', { name: 'Onboarding checklist' }).getByRole('listitem').count();
      expect(steps === 4, `expected 4 onboarding steps, saw ${steps}`);
      expect((await page.getByTestId('dashboard-org').innerText()) === admin.org, 'dashboard does not name the organization');
      const nav = await navLabels(page);
      for (const l of ['Dashboard', 'Members', 'Audit log', 'Mail outbox', 'Security']) expect(nav.includes(l), `admin nav lacks ${l}: ${nav}`);
      await shot(page, 'dashboard-desktop');

      const tokens = await apiLogin(base, admin.email, admin.password);
      state.phoneCtx = await signedInContext(browser, base, PHONE, tokens);
      const phone = (state.phone = await state.phoneCtx.newPage());
      await phone.goto('/');
      await phone.getByRole('list', { name: 'Onboarding checklist' }).waitFor();
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow <= 0, `dashboard overflows the 390px screen by ${overflow}px`);
      await shot(phone, 'dashboard-phone');
    },
  ],
  [
    'sign out returns to the sign-in page',
    async ({ browser, base }) => {
      const page = state.admin;
      await page.getByTestId('user-menu').filter({ visible: true }).first().click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await page.waitForURL(/\/login$/);
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      const stored = await page.evaluate(() => localStorage.getItem('brandium.refresh_token'));
      expect(stored === null, 'refresh token still stored after sign-out');
      await page.goto('/settings/members');
      await page.waitForURL(/\/login\?next=/);
      await shot(page, 'login-desktop');
      const ctx = await browser.newContext({ baseURL: base, viewport: PHONE, isMobile: true, hasTouch: true });
      const phone = await ctx.newPage();
      await phone.goto('/login');
      await phone.getByRole('button', { name: 'Sign in' }).waitFor();
      await shot(phone, 'login-phone');
      await ctx.close();
    },
  ],
  [
    'sign in with email and password',
    async ({ base }) => {
      const page = state.admin;
      await page.getByLabel('Email').fill(admin.email);
      await page.getByLabel('Password', { exact: true }).fill('not the password at all');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').filter({ hasText: /./ }).first().waitFor();
      await page.getByLabel('Password', { exact: true }).fill(admin.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${base}/settings/members`);
      await page.getByRole('heading', { name: 'Members' }).waitFor();
    },
  ],
  [
    'invite a member as Viewer and find the link in the mail outbox',
    async ({ base }) => {
      const page = state.admin;
      await page.goto('/settings/members');
      await page.getByRole('button', { name: 'Invite member' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Invite member' });
      await dialog.getByLabel('Email').fill(viewer.email);
      await dialog.getByRole('combobox', { name: 'Role' }).click();
      await page.getByRole('option', { name: /Viewer/ }).click();
      await dialog.getByRole('button', { name: 'Send invitation' }).click();
      await page.getByText(`Invitation sent to ${viewer.email}`).waitFor();
      await page.getByRole('list', { name: 'Pending invitations' }).getByText(viewer.email).waitFor();
      await shot(page, 'members-desktop');
      await state.phone.goto('/settings/members');
      await state.phone.getByRole('list', { name: 'Pending invitations' }).waitFor();
      await shot(state.phone, 'members-phone');

      await page.goto('/settings/mail');
      const row = page.getByRole('row').filter({ hasText: viewer.email });
      await row.getByRole('button').first().click();
      const body = await page.getByTestId('mail-body').innerText();
      const match = body.match(/\/accept-invite\?token=[A-Za-z0-9_\-.~%]+/);
      expect(match, `no /accept-invite link in the mail body:\n${body}`);
      state.inviteLink = match[0];
      await shot(page, 'mail-desktop');
      await page.keyboard.press('Escape');

      // The same message through the API, with the admin's own token.
      const token = await page.evaluate(() => localStorage.getItem('brandium.access_token'));
      const res = await fetch(`${base}/api/v1/mail/outbox`, { headers: { Authorization: `Bearer ${token}` } });
      const outbox = await res.json();
      expect(outbox.items.some((m) => m.to === viewer.email && m.body_text.includes(state.inviteLink)), 'the outbox API does not show the invitation');
    },
  ],
  [
    'accept the invitation in a second browser and land on that organization',
    async ({ browser, base }) => {
      state.viewerCtx = await browser.newContext({ baseURL: base, viewport: DESKTOP });
      const page = (state.viewer = await state.viewerCtx.newPage());
      await page.goto(state.inviteLink);
      await page.getByTestId('invite-org').waitFor();
      expect((await page.getByTestId('invite-org').innerText()) === admin.org, 'the invitation preview names another organization');
      await page.getByLabel('Your name').fill(viewer.name);
      await page.getByLabel('Choose a password').fill(viewer.password);
      await shot(page, 'accept-invite-desktop');
      await page.getByRole('button', { name: 'Accept invitation' }).click();
      await page.waitForURL(`${base}/`);
      await page.getByTestId('dashboard-org').waitFor();
      expect((await page.getByTestId('dashboard-org').innerText()) === admin.org, 'the viewer landed in another organization');
    },
  ],
  [
    'a Viewer sees no Members, Audit log or Mail outbox and gets the no-access state',
    async () => {
      const page = state.viewer;
      const nav = await navLabels(page);
      expect(nav.includes('Dashboard') && nav.includes('Security'), `viewer nav lacks Dashboard/Security: ${nav}`);
      for (const hidden of ['Members', 'Audit log', 'Mail outbox']) expect(!nav.includes(hidden), `viewer nav shows ${hidden}`);
      await page.goto('/settings/members');
      const noAccess = page.getByTestId('no-access');
      await noAccess.waitFor();
      expect((await noAccess.innerText()).includes('Viewer'), 'the no-access state does not name the role');
      expect((await page.getByRole('heading', { name: "You don't have access to this page" }).count()) === 1, 'no-access heading missing');
      await shot(page, 'no-access-desktop');
    },
  ],
  [
    'the admin sees the new member with the Viewer role',
    async () => {
      const page = state.admin;
      await page.goto('/settings/members');
      const row = page.getByRole('row').filter({ hasText: viewer.email });
      await row.waitFor();
      expect((await row.getByRole('combobox').innerText()).includes('Viewer'), 'the new member is not a Viewer');
    },
  ],
  [
    'security page: enrol two-factor, then sign in with a code',
    async ({ browser, base }) => {
      const page = state.admin;
      await page.goto('/settings/security');
      await page.getByRole('heading', { name: 'Active sessions' }).waitFor();
      await page.getByRole('list', { name: 'Sessions' }).waitFor();
      await shot(page, 'security-desktop');
      await state.phone.goto('/settings/security');
      await state.phone.getByRole('list', { name: 'Sessions' }).waitFor();
      const overflow = await state.phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow <= 0, `security page overflows the 390px screen by ${overflow}px`);
      await shot(state.phone, 'security-phone');

      await page.getByRole('button', { name: 'Set up two-factor' }).click();
      await page.getByAltText('QR code to scan with your authenticator app').waitFor();
      const secret = (await page.getByTestId('totp-secret').innerText()).trim();
      await page.getByLabel('Code from your app').fill(totp(secret));
      await shot(page, 'security-2fa-enrol-desktop');
      await page.getByRole('button', { name: 'Verify and turn on' }).click();
      await page.getByTestId('recovery-codes').waitFor();
      const codes = await page.getByTestId('recovery-codes').getByRole('listitem').count();
      expect(codes === 10, `expected 10 recovery codes, saw ${codes}`);
      await shot(page, 'security-recovery-codes-desktop');
      await page.getByRole('button', { name: 'I saved them' }).click();

      const ctx = await browser.newContext({ baseURL: base, viewport: DESKTOP });
      const fresh = await ctx.newPage();
      await fresh.goto('/login');
      await fresh.getByLabel('Email').fill(admin.email);
      await fresh.getByLabel('Password', { exact: true }).fill(admin.password);
      await fresh.getByRole('button', { name: 'Sign in' }).click();
      await fresh.getByLabel('Authentication code').waitFor();
      await shot(fresh, 'login-2fa-desktop');
      // A code is accepted once (replay guard): wait for the authenticator's next 30-second step.
      const step = Math.floor(Date.now() / 30_000);
      while (Math.floor(Date.now() / 30_000) === step) await new Promise((r) => setTimeout(r, 250));
      await fresh.getByLabel('Authentication code').fill(totp(secret));
      await fresh.getByRole('button', { name: 'Verify and sign in' }).click();
      await fresh.waitForURL(`${base}/`);
      await fresh.getByTestId('dashboard-org').waitFor();
      await ctx.close();
    },
  ],
  [
    'unknown paths show the 404 page and /api/docs serves the API reference',
    async ({ base }) => {
      const page = state.admin;
      await page.goto('/no/such/page');
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
      await page.goto('/api/docs');
      await page.locator('.swagger-ui .info .title').waitFor({ timeout: 20_000 });
      expect((await page.locator('.swagger-ui .info .title').innerText()).includes('Brandium API'), 'the API reference did not load the document');
      await shot(page, 'api-docs-desktop');
      expect(base, 'base');
    },
  ],
];

const helpers = { expect, shot, apiLogin, signedInContext, DESKTOP, PHONE };
/** Journeys by file; `E2E_ONLY=inbox,trust` runs only those groups (`core` is the accounts journeys above). */
const groups = [
  ['core', journeys.splice(0)],
  ['brand', brandJourneys(helpers)],
  ['inbox', inboxJourneys(helpers)],
  ['agents', agentsJourneys(helpers)],
  ['research', researchJourneys(helpers)],
  ['trust', trustJourneys(helpers)],
];
const only = process.env.E2E_ONLY ? process.env.E2E_ONLY.split(',').map((g) => g.trim()) : null;
for (const [group, list] of groups) if (!only || only.includes(group)) journeys.push(...list);

// ---------------------------------------------------------------- runner

async function main() {
  const server = await startServer();
  let browser;
  let passed = 0;
  let failed = 0;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: !process.env.E2E_HEADED,
      args: process.env.E2E_HEADED ? CHROMIUM_ARGS.filter((a) => a !== '--headless') : CHROMIUM_ARGS,
    });
    for (const [name, fn] of journeys) {
      const t0 = Date.now();
      try {
        await fn({ browser, base: server.base });
        passed++;
        console.log(`ok - ${name} (${Date.now() - t0} ms)`);
      } catch (e) {
        failed++;
        console.log(`not ok - ${name}\n  ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n  ')}`);
        const slug = name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
        let n = 0;
        for (const ctx of browser.contexts()) {
          for (const page of ctx.pages()) {
            if (!page.isClosed()) await page.screenshot({ path: resolve(OUT, `FAILED-${slug}-${++n}.png`), fullPage: true }).catch(() => {});
          }
        }
      }
    }
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
