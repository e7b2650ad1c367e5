import { applySuggestion, emptyBrief, toBriefInput } from './brief-form';

const suggestion = {
  topic: ' Gantt charts ',
  goal: 'Win comparison searches',
  key_message: 'Planner is the simplest Gantt tool',
  keywords: ['gantt chart software', 'gantt chart software', ' planner '],
  channels: ['blog' as const, 'linkedin' as const],
  research: ['Acme ranks for gantt chart software.', 'Beta launched a planner.'],
};

describe('starting a brief from research', () => {
  it('replaces topic, goal, key message, keywords and channels, and adds the facts without repeats', () => {
    const before = { ...emptyBrief('b1'), personaIds: ['p1'], channels: ['x' as const], goal: 'old', research: ['Beta launched a planner.'] };
    const after = applySuggestion(before, suggestion);
    expect(after).toMatchObject({
      brandId: 'b1',
      personaIds: ['p1'],
      topic: 'Gantt charts',
      goal: 'Win comparison searches',
      keyMessage: 'Planner is the simplest Gantt tool',
      keywords: ['gantt chart software', 'planner'],
      channels: ['blog', 'linkedin'],
      research: ['Beta launched a planner.', 'Acme ranks for gantt chart software.'],
    });
  });

  it('keeps the channels when the suggestion names none, and at most five facts', () => {
    const before = { ...emptyBrief('b1'), channels: ['email' as const], research: ['1', '2', '3', '4'] };
    const after = applySuggestion(before, { ...suggestion, topic: null, channels: [], research: ['5', '6'] });
    expect(after.channels).toEqual(['email']);
    expect(after.topic).toBe('');
    expect(after.research).toEqual(['1', '2', '3', '4', '5']);
  });

  it('sends topic and research only when given', () => {
    const plain = toBriefInput({ ...emptyBrief('b1'), channels: ['x'], keyMessage: 'Hi' });
    expect(plain).not.toHaveProperty('topic');
    expect(plain).not.toHaveProperty('research');
    const full = toBriefInput({ ...emptyBrief('b1'), channels: ['x'], keyMessage: 'Hi', topic: ' Gantt ', research: ['A fact.'] });
    expect(full).toMatchObject({ topic: 'Gantt', research: ['A fact.'] });
  });
});
