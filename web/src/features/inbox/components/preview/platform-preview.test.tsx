import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Channel, Draft, Review } from '@/lib/api/types';
import { review } from '@/features/inbox/testing/fixtures';
import { emailDocument } from './email-preview';
import { rsaHeadline } from './google-rsa';
import { PlatformPreview, fieldsShownInPlace } from './platform-preview';
import type { Device, PreviewBrand } from './preview-kit';

const brand: PreviewBrand = { name: 'Lunar Roasters', colour: '#8a3b12', links: ['https://x.com/lunarbeans', 'https://lunar.example'] };

function show(channel: Channel, draft: Draft, r: Review = review(), device: Device = 'desktop') {
  return render(<PlatformPreview channel={channel} draft={draft} review={r} brand={brand} device={device} />);
}

describe('PlatformPreview', () => {
  it('shows an X thread as one post per published part, as the brand', () => {
    const parts = ['First part of the launch story. 1/3', 'Second part with details. 2/3', 'Third part, order now. 3/3'];
    show('x', { kind: 'social', text: parts.join(' '), hashtags: [] }, review({ parts }));
    const thread = screen.getByRole('list', { name: 'X thread of 3 posts' });
    const posts = within(thread).getAllByTestId('post-part');
    expect(posts).toHaveLength(3);
    expect(posts[1]).toHaveTextContent('Second part with details. 2/3');
    expect(posts[0]).toHaveTextContent('@lunarbeans');
    expect(posts[0]).toHaveTextContent('Lunar Roasters');
  });

  it('marks a finding inside the post when the post is the text as written', () => {
    const text = 'Simply the best espresso in town.';
    const start = new TextEncoder().encode('Simply ').length;
    const r = review({
      parts: [text],
      findings: [{ field: 'text', rule: 'unsubstantiated_claim', severity: 'warning', start, end: start + 'the best'.length, message: '"the best" needs evidence' }],
    });
    const { container } = show('x', { kind: 'social', text, hashtags: [] }, r);
    const mark = container.querySelector('mark');
    expect(mark).not.toBeNull();
    expect(mark?.firstChild?.textContent).toBe('the best');
  });

  it('does not mark findings in place once the post is split into a thread, where offsets no longer line up', () => {
    const d: Draft = { kind: 'social', text: 'one two three', hashtags: [] };
    expect(fieldsShownInPlace(d, review({ parts: ['one two three'] })).has('text')).toBe(true);
    expect(fieldsShownInPlace(d, review({ parts: ['one 1/2', 'two three 2/2'] })).has('text')).toBe(false);
  });

  it('shows a Google ad with the first three headlines joined by " | ", two descriptions, the paths, and every asset with its length', () => {
    const headlines = ['Fresh Coffee Weekly', 'Roasted To Order', 'Free Shipping', 'Fourth Headline', 'A headline that is far too long to fit'];
    show('google_rsa', {
      kind: 'google_rsa',
      headlines,
      descriptions: ['Beans roasted the day we ship them.', 'Cancel any time.', 'A third one that Google may rotate in.'],
      path1: 'espresso',
      path2: 'beans',
    });
    expect(screen.getByTestId('rsa-headline')).toHaveTextContent('Fresh Coffee Weekly | Roasted To Order | Free Shipping');
    expect(screen.getByTestId('rsa-description')).toHaveTextContent('Beans roasted the day we ship them. Cancel any time.');
    expect(screen.getByTestId('rsa-url')).toHaveTextContent('lunar.example › espresso › beans');
    expect(screen.getByRole('heading', { name: 'Headlines (5)' })).toBeInTheDocument();
    expect(screen.getByLabelText('38 of 30 characters, too long')).toBeInTheDocument();
    expect(screen.getByLabelText('19 of 30 characters')).toBeInTheDocument();
  });

  it('skips empty headlines when joining them', () => {
    expect(rsaHeadline(['One', ' ', 'Two', 'Three', 'Four'])).toBe('One | Two | Three');
  });

  it('renders an email body only inside a sandboxed frame, never into the page', () => {
    const body = '<p>Hello</p><script>parent.document.title="owned"</script><img src="x" onerror="alert(1)">';
    const { container } = show('email', { kind: 'email', subject: 'Spring beans', preheader: 'Roasted Monday', body_html: body, body_text: 'Hello', cta_label: 'Order' });
    const frame = screen.getByTitle('Email body: Spring beans');
    expect(frame.tagName).toBe('IFRAME');
    // An empty sandbox attribute grants nothing: no scripts, no same origin, no forms, no pop-ups.
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toContain(body);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(screen.getByText('Spring beans')).toBeInTheDocument();
    expect(screen.getByText('Roasted Monday')).toBeInTheDocument();
  });

  it('wraps the email in a document whose policy allows no script and no remote load', () => {
    const doc = emailDocument('<p>Hi</p>');
    expect(doc).toContain(`default-src 'none'`);
    expect(doc).not.toMatch(/script-src/);
    expect(doc).toContain('<p>Hi</p>');
  });

  it('folds a LinkedIn post after about 210 characters on mobile, behind "see more"', async () => {
    const user = userEvent.setup();
    const text = `${'Coffee notes from the roastery. '.repeat(10)}THE END`;
    const d: Draft = { kind: 'social', text, hashtags: [] };
    const { unmount } = show('linkedin', d, review({ parts: [text] }), 'mobile');
    expect(screen.queryByText(/THE END/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'see more' }));
    expect(screen.getByText(/THE END/)).toBeInTheDocument();
    unmount();
    show('linkedin', d, review({ parts: [text] }), 'desktop');
    expect(screen.getByText(/THE END/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'see more' })).not.toBeInTheDocument();
  });

  it('shows a blog post as a search result, its outline and the article, with markup as text only', () => {
    const { container } = show('blog', {
      kind: 'blog',
      seo_title: 'Why single origin matters',
      meta_description: 'What single origin means for your cup.',
      slug: 'why-single-origin',
      outline: [{ heading: 'The case', points: ['Taste', 'Trace'] }],
      body_markdown: '# Why single origin\n\nIt is **traceable**. <script>alert(1)</script>\n\n## Steps\n\n- Pick a farm\n- [Click](javascript:alert(1))',
    });
    expect(screen.getByTestId('blog-url')).toHaveTextContent('lunar.example › blog › why-single-origin');
    expect(screen.getByRole('heading', { name: 'Why single origin matters' })).toBeInTheDocument();
    const article = screen.getByRole('region', { name: 'Article' });
    expect(within(article).getByRole('heading', { name: 'Steps' })).toBeInTheDocument();
    expect(within(article).getByText('traceable').tagName).toBe('STRONG');
    expect(container.querySelector('script')).toBeNull();
    expect(within(article).getByText(/<script>alert\(1\)<\/script>/)).toBeInTheDocument();
    expect(within(article).getByText('Click').closest('a')).toBeNull();
    expect(within(screen.getByRole('region', { name: 'Outline' })).getByText('Trace')).toBeInTheDocument();
  });
});
