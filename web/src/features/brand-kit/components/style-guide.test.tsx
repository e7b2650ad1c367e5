import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { kitFixture } from '../testing/kit-fixture';
import { contrastBadge } from './kit-colour';
import { positioningSentence } from './kit-helpers';
import { StyleGuide } from './style-guide';

describe('StyleGuide', () => {
  it('renders every chapter of the kit like a style guide', () => {
    render(<StyleGuide kit={kitFixture()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Acme Roasters' })).toBeInTheDocument();
    expect(screen.getByText('Version 3, published January 1, 2026')).toBeInTheDocument();
    for (const chapter of ['Foundation', 'Voice', 'Colour', 'Typography', 'Logos', 'Imagery', 'Sonic identity', 'Personas']) {
      expect(screen.getByRole('heading', { level: 2, name: chapter })).toBeInTheDocument();
    }
    expect(screen.getByText('For independent cafés, Acme Roasters is a coffee roaster that delivers weekly.')).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: 'Formal to Casual' })).toHaveAttribute('aria-valuenow', '70');
    // the logo on a light and on a dark background
    expect(screen.getAllByRole('img', { name: /Primary logo on a (light|dark) background/ })).toHaveLength(2);
    expect(screen.getByLabelText('Play Sonic logo')).toHaveAttribute('src', '/api/v1/files/s1?sig=y');
    expect(screen.getByText('Cafe Owner Carla')).toBeInTheDocument();
    expect(screen.getByText('Rounded, two-pixel strokes.')).toBeInTheDocument();
  });

  it('shows the contrast matrix with pass levels and the nearest passing shade', () => {
    render(<StyleGuide kit={kitFixture()} />);
    const matrix = screen.getByRole('table');
    const rows = within(matrix).getAllByRole('row');
    // header + one row per palette colour
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByText('AA')).toBeInTheDocument();
    expect(within(rows[1]).getByText('—')).toBeInTheDocument();
    expect(within(rows[2]).getByText('AA large')).toBeInTheDocument();
    expect(within(rows[2]).getByText('try #0A0A0A')).toBeInTheDocument();
  });

  it('copies a colour value to the clipboard', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    render(<StyleGuide kit={kitFixture()} />);
    await user.click(screen.getByRole('button', { name: 'Copy Teal RGB' }));
    expect(writeText).toHaveBeenCalledWith('rgb(16 109 124)');
    expect(await screen.findByText('Copied')).toBeInTheDocument();
  });

  it('says what is missing instead of showing empty chapters', () => {
    render(<StyleGuide kit={kitFixture({ palette: [], contrast: [], logos: [], personas: [], sonic: [] })} />);
    expect(screen.getByText('No palette has been defined yet.')).toBeInTheDocument();
    expect(screen.getByText('No logos have been added yet.')).toBeInTheDocument();
    expect(screen.getByText('No personas have been described yet.')).toBeInTheDocument();
  });
});

describe('kit helpers', () => {
  it('grades contrast cells', () => {
    expect(contrastBadge({ normal: 'aaa', large: 'aaa' })).toEqual({ label: 'AAA', tone: 'pass' });
    expect(contrastBadge({ normal: 'fail', large: 'aa' })).toEqual({ label: 'AA large', tone: 'large' });
    expect(contrastBadge({ normal: 'fail', large: 'fail' })).toEqual({ label: 'Fail', tone: 'fail' });
  });

  it('writes the positioning statement from the parts given', () => {
    const empty = { target: '', need: '', category: '', benefit: '', alternative: '', differentiator: '' };
    expect(positioningSentence('Acme', empty)).toBeNull();
    expect(positioningSentence('Acme', { ...empty, category: 'analytics tool', differentiator: 'explain every number' })).toBe('Acme is an analytics tool. We explain every number.');
  });
});
