import { describe, expect, it } from 'vitest';
import type { BrandProfile } from '@/lib/api/types';
import { EMPTY_SELECTION, mergeCapture } from './merge-capture';

function draft(): BrandProfile {
  return {
    name: 'Old name',
    tagline: '',
    mission: '',
    vision: '',
    values: [],
    positioning: { target: '', need: '', category: '', benefit: '', alternative: '', differentiator: '' },
    value_propositions: [],
    messaging_pillars: [],
    story: '',
    pitches: { words_25: '', words_50: '', words_100: '' },
    social_links: ['https://www.linkedin.com/company/old'],
    language: 'en',
    industry: '',
    offer: '',
    location: '',
    proof_points: [],
    key_messages: [],
    voice: {
      traits: [],
      tone: { formal_casual: 50, serious_playful: 50, respectful_irreverent: 50, matter_of_fact_enthusiastic: 50 },
      preferred_words: [],
      banned_terms: [],
      required_disclaimers: [],
      reading_grade_target: null,
      emoji_policy: 'sparing',
      hashtag_policy: { max_per_post: 3, branded: [], guidance: '' },
      examples: [{ text: 'Invoices, done', good: true, note: '' }],
    },
    visual: {
      palette: [
        { role: 'primary', name: 'Teal', hex: '#106D7C' },
        { role: 'supporting', name: '', hex: '#EEEEEE' },
      ],
      typography: { families: [{ role: 'body', family: 'Arial', weights: [400], fallback: 'sans-serif' }], scale: [] },
      logos: [],
      logo_rules: { min_width_px: null, clear_space_ratio: null, dos: [], donts: [], do_examples: [], dont_examples: [] },
      iconography: { guidance: '', reference_asset_ids: [] },
      photography: { guidance: '', reference_asset_ids: [] },
      sonic: [],
    },
  };
}

describe('mergeCapture', () => {
  it('keeps the draft when nothing is selected', () => {
    expect(mergeCapture(draft(), EMPTY_SELECTION)).toEqual(draft());
  });

  it('replaces single roles, adds supporting colours, fonts, logos and examples', () => {
    const merged = mergeCapture(draft(), {
      name: ' Acme ',
      tagline: 'Invoicing for small teams',
      description: 'Send invoices in seconds.',
      colours: [
        { hex: '#2563EB', role: 'primary' },
        { hex: '#FFFFFF', role: 'background' },
        { hex: '#eeeeee', role: 'supporting' },
        { hex: '#E5E7EB', role: 'supporting' },
      ],
      fonts: [
        { family: 'Inter', role: 'body' },
        { family: 'Lora', role: 'heading' },
      ],
      logos: [{ variant: 'primary', assetId: '0191e2a4-0000-7000-8000-000000000001' }],
      headlines: ['Invoices, done', 'Why teams switch'],
      callsToAction: ['Start free trial'],
    });
    expect(merged.name).toBe('Acme');
    expect(merged.pitches.words_25).toBe('Send invoices in seconds.');
    expect(merged.visual.palette).toEqual([
      { role: 'primary', name: 'Teal', hex: '#2563EB' },
      { role: 'supporting', name: '', hex: '#EEEEEE' },
      { role: 'background', name: '', hex: '#FFFFFF' },
      { role: 'supporting', name: '', hex: '#E5E7EB' },
    ]);
    expect(merged.visual.typography.families).toEqual([
      { role: 'body', family: 'Inter', weights: [400], fallback: 'sans-serif' },
      { role: 'heading', family: 'Lora', weights: [400, 700], fallback: 'system-ui, sans-serif' },
    ]);
    expect(merged.visual.logos).toEqual([{ variant: 'primary', asset_id: '0191e2a4-0000-7000-8000-000000000001' }]);
    expect(merged.voice.examples.map((e) => e.text)).toEqual(['Invoices, done', 'Why teams switch', 'Start free trial']);
  });

  it('adds kept social profiles once, after the ones the draft had', () => {
    const next = mergeCapture(draft(), { ...EMPTY_SELECTION, socialLinks: ['https://x.com/acme', 'https://www.linkedin.com/company/old'] });
    expect(next.social_links).toEqual(['https://www.linkedin.com/company/old', 'https://x.com/acme']);
  });
});
