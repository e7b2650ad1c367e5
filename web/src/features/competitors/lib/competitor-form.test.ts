import { emptyCompetitorForm, errorFieldKey, normalizeWebsite, toCompetitorInput, validateCompetitor } from './competitor-form';
import { latestChangeByCompetitor } from './latest-change';
import { isSnapshotActive, progressSentence, snapshotPercent } from './snapshot-status';

describe('competitor form', () => {
  it('asks for a name and a website address before calling the server', () => {
    expect(validateCompetitor(emptyCompetitorForm())).toEqual({ name: 'Enter the competitor’s name.', website: 'Enter the competitor’s website.' });
    expect(validateCompetitor({ ...emptyCompetitorForm(), name: 'Acme', website: 'ftp://acme.test' }).website).toMatch(/address of a website/);
    expect(normalizeWebsite('acme.test')).toBe('https://acme.test/');
  });

  it('sends blank profiles as null and the threshold from 0 to 1', () => {
    const f = { ...emptyCompetitorForm(), name: ' Acme ', website: 'acme.test', threshold: 35 };
    f.social.x = ' x.com/acme ';
    expect(toCompetitorInput(f)).toEqual({
      name: 'Acme',
      website: 'acme.test',
      social: { x: 'x.com/acme', linkedin: null, facebook: null, instagram: null, youtube: null, tiktok: null },
      schedule: 'weekly',
      alert_threshold: 0.35,
    });
  });

  it('maps server field paths to the form fields', () => {
    expect(errorFieldKey('social.youtube')).toBe('social.youtube');
    expect(errorFieldKey('website')).toBe('website');
  });
});

describe('snapshot status', () => {
  it('polls queued and running runs only', () => {
    expect(['queued', 'running', 'succeeded', 'failed', 'cancelled', null].map((s) => isSnapshotActive(s as never))).toEqual([true, true, false, false, false, false]);
  });

  it('turns progress into a percentage and a sentence', () => {
    expect(snapshotPercent({ pages_done: 1, pages_total: 4, url: null })).toBe(25);
    expect(snapshotPercent({ pages_done: 0, pages_total: 0, url: null })).toBe(0);
    expect(progressSentence({ pages_done: 2, pages_total: 3, url: 'https://acme.test/pricing' })).toBe('2 of 3 pages · reading https://acme.test/pricing');
    expect(progressSentence(null)).toBe('Waiting for a worker…');
  });
});

describe('latestChangeByCompetitor', () => {
  it('keeps the newest change of each competitor', () => {
    const c = (id: string, competitor: string, at: string) => ({ id, competitor_id: competitor, created_at: at }) as never;
    const m = latestChangeByCompetitor([c('a', 'x', '2026-01-01T00:00:00Z'), c('b', 'x', '2026-02-01T00:00:00Z'), c('c', 'y', '2026-01-05T00:00:00Z')]);
    expect(m.get('x')?.id).toBe('b');
    expect(m.get('y')?.id).toBe('c');
  });
});
