import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { TagInput } from './tag-input';

function Harness({ initial = [] as string[], onChange = (_: string[]) => {} }) {
  const [tags, setTags] = useState(initial);
  return (
    <>
      <label htmlFor="t">Tags</label>
      <TagInput
        id="t"
        value={tags}
        onChange={(t) => {
          setTags(t);
          onChange(t);
        }}
      />
    </>
  );
}

describe('TagInput', () => {
  it('adds chips on Enter and comma, normalized and without repeats, and removes them', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness initial={['logo']} onChange={onChange} />);
    const box = screen.getByLabelText('Tags');
    await user.type(box, 'Dark  Mode{Enter}LOGO,summer,');
    expect(onChange).toHaveBeenLastCalledWith(['logo', 'dark mode', 'summer']);
    await user.click(screen.getByRole('button', { name: 'Remove tag dark mode' }));
    expect(onChange).toHaveBeenLastCalledWith(['logo', 'summer']);
    await user.type(box, '{Backspace}');
    expect(onChange).toHaveBeenLastCalledWith(['logo']);
  });
});
