import type { Draft } from '@/lib/api/types';
import { outlineToText, parseHashtags, textToOutline } from './draft-fields';
import { fromDraft, RSA_HEADLINE_SLOTS, slugify, toDraft } from './editor-values';

describe('the edit form builds a valid draft of each kind', () => {
  it('social: hashtags typed loosely are stored without # and without duplicates', () => {
    const v = fromDraft({ kind: 'social', text: 'Hi', hashtags: ['Launch'] });
    expect(v).toEqual({ kind: 'social', text: 'Hi', hashtags: '#Launch' });
    expect(toDraft({ kind: 'social', text: 'New beans', hashtags: '#coffee, espresso  #Coffee ##beans' })).toEqual({
      kind: 'social',
      text: 'New beans',
      hashtags: ['coffee', 'espresso', 'beans'],
    });
    expect(parseHashtags('  ,  # ')).toEqual([]);
  });

  it('google_rsa: edited in 15 and 4 slots, sent without the empty ones, paths without slashes', () => {
    const v = fromDraft({ kind: 'google_rsa', headlines: ['A', 'B', 'C'], descriptions: ['D1', 'D2'], path1: 'x', path2: '' });
    if (v.kind !== 'google_rsa') throw new Error('wrong kind');
    expect(v.headlines).toHaveLength(RSA_HEADLINE_SLOTS);
    expect(v.descriptions).toHaveLength(4);
    v.headlines[5] = '  Sixth  ';
    v.path1 = '/espresso beans/';
    expect(toDraft(v)).toEqual({ kind: 'google_rsa', headlines: ['A', 'B', 'C', 'Sixth'], descriptions: ['D1', 'D2'], path1: 'espresso-beans', path2: '' });
  });

  it('meta_ad and linkedin_sponsored keep their fields, trimmed where spaces cannot matter', () => {
    expect(toDraft({ kind: 'meta_ad', primary_text: 'Body\n', headline: ' Head ', description: '' })).toEqual({ kind: 'meta_ad', primary_text: 'Body\n', headline: 'Head', description: '' });
    expect(toDraft({ kind: 'linkedin_sponsored', intro: 'Intro', headline: 'H', description: ' d ' })).toEqual({ kind: 'linkedin_sponsored', intro: 'Intro', headline: 'H', description: 'd' });
  });

  it('email: subject lines one per line, an empty link as null, the delay as a whole number of days', () => {
    const d = toDraft({
      kind: 'email',
      subject: ' Spring ',
      preheader: 'Pre',
      subject_variants: 'One\n\n  Two  \n',
      body_text: 'Hi',
      body_html: '<p>Hi</p>',
      cta_label: 'Order',
      cta_url: '  ',
      delay_days: '3.7',
    });
    expect(d).toEqual({
      kind: 'email',
      subject: 'Spring',
      preheader: 'Pre',
      subject_variants: ['One', 'Two'],
      body_text: 'Hi',
      body_html: '<p>Hi</p>',
      cta_label: 'Order',
      cta_url: null,
      delay_days: 3,
    });
    const neg = toDraft({ ...fromDraft(d), delay_days: '-2' } as Parameters<typeof toDraft>[0]);
    expect(neg.kind === 'email' && neg.delay_days).toBe(0);
  });

  it('blog: the outline text becomes sections with points, the slug is made URL-safe', () => {
    const d = toDraft({ kind: 'blog', seo_title: 'T', meta_description: 'M', slug: ' Why Single Origin? ', outline: '## Intro\n- Why\n- How\n\nSteps\n* One', body_markdown: '# T' });
    expect(d).toEqual({
      kind: 'blog',
      seo_title: 'T',
      meta_description: 'M',
      slug: 'why-single-origin',
      outline: [
        { heading: 'Intro', points: ['Why', 'How'] },
        { heading: 'Steps', points: ['One'] },
      ],
      body_markdown: '# T',
    });
    expect(slugify('Café crème')).toBe('café-crème');
  });

  it('an outline survives the round trip through the text area', () => {
    const outline = [
      { heading: 'A', points: ['a1', 'a2'] },
      { heading: 'B', points: [] },
    ];
    expect(textToOutline(outlineToText(outline))).toEqual(outline);
    expect(textToOutline('- orphan point')).toEqual([{ heading: '', points: ['orphan point'] }]);
  });

  it('every kind comes back unchanged from form values when nothing was edited', () => {
    const drafts: Draft[] = [
      { kind: 'social', text: 'x', hashtags: ['a'] },
      { kind: 'google_rsa', headlines: ['a', 'b', 'c'], descriptions: ['d', 'e'], path1: 'p', path2: 'q' },
      { kind: 'meta_ad', primary_text: 'p', headline: 'h', description: 'd' },
      { kind: 'linkedin_sponsored', intro: 'i', headline: 'h', description: 'd' },
      { kind: 'email', subject: 's', preheader: 'p', subject_variants: ['v'], body_html: '<p>b</p>', body_text: 'b', cta_label: 'c', cta_url: 'https://x.example', delay_days: 2 },
      { kind: 'blog', seo_title: 't', meta_description: 'm', slug: 's', outline: [{ heading: 'h', points: ['p'] }], body_markdown: 'b' },
    ];
    for (const d of drafts) expect(toDraft(fromDraft(d))).toEqual(d);
  });
});
