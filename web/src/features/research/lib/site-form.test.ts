import { emptySiteForm, normalizeSiteUrl, parseMaxPages, toSiteInput, validateSite } from './site-form';

describe('the add-a-site form', () => {
  it('reads a bare host as https, like the server', () => {
    expect(normalizeSiteUrl(' example.com ')).toBe('https://example.com/');
    expect(normalizeSiteUrl('ftp://example.com')).toBeNull();
    expect(normalizeSiteUrl('')).toBeNull();
  });

  it('takes a page budget from 1 to 10,000 whole pages', () => {
    expect(parseMaxPages('250')).toBe(250);
    expect(parseMaxPages('0')).toMatch(/from 1 to 10,000/);
    expect(parseMaxPages('10001')).toMatch(/from 1 to 10,000/);
    expect(parseMaxPages('2.5')).toMatch(/whole number/);
  });

  it('says what is wrong before asking the server', () => {
    expect(validateSite(emptySiteForm())).toEqual({ url: 'Enter the address of your website.' });
    expect(validateSite({ ...emptySiteForm(), url: 'http://', maxPages: '' })).toEqual({
      url: 'Enter the address of a website, e.g. https://example.com.',
      max_pages: 'Enter a whole number from 1 to 10,000.',
    });
  });

  it('sends a blank name as none so the server names the site after its host', () => {
    expect(toSiteInput({ url: ' acme.test ', name: '  ', maxPages: '50', schedule: 'daily' })).toEqual({ url: 'acme.test', name: null, schedule: 'daily', max_pages: 50 });
  });
});
