import { readSse, SseParser, type SseEvent } from './sse';

function feed(chunks: string[]): SseEvent[] {
  const p = new SseParser();
  return chunks.flatMap((c) => p.push(c));
}

describe('SseParser', () => {
  it('reads one event with its name and data', () => {
    expect(feed(['event: progress\ndata: {"done":1}\n\n'])).toEqual([{ event: 'progress', data: '{"done":1}' }]);
  });

  it('joins a frame cut anywhere, even inside the field name and the blank line', () => {
    const frame = 'event: progress\ndata: {"done":2,"total":6}\n\n';
    for (let cut = 1; cut < frame.length; cut++) {
      expect(feed([frame.slice(0, cut), frame.slice(cut)])).toEqual([{ event: 'progress', data: '{"done":2,"total":6}' }]);
    }
  });

  it('returns several events from one chunk, in order', () => {
    const events = feed(['event: progress\ndata: a\n\nevent: progress\ndata: b\n\nevent: done\ndata: c\n\n']);
    expect(events.map((e) => `${e.event}:${e.data}`)).toEqual(['progress:a', 'progress:b', 'done:c']);
  });

  it('skips keep-alive comments, alone or between fields', () => {
    expect(feed([':\n\n', ': keep-alive\n\n', 'event: done\n: inside\ndata: x\n\n'])).toEqual([{ event: 'done', data: 'x' }]);
  });

  it('names unnamed events "message" and joins multi-line data with newlines', () => {
    expect(feed(['data: one\ndata: two\n\n'])).toEqual([{ event: 'message', data: 'one\ntwo' }]);
  });

  it('accepts CRLF and CR line ends, including CRLF split across chunks', () => {
    expect(feed(['event: done\r\ndata: x\r', '\n\r', '\n'])).toEqual([{ event: 'done', data: 'x' }]);
    expect(feed(['event: done\rdata: y\r\r'])).toEqual([{ event: 'done', data: 'y' }]);
  });

  it('keeps an unfinished event until its blank line arrives', () => {
    const p = new SseParser();
    expect(p.push('event: progress\ndata: {"a":1}\n')).toEqual([]);
    expect(p.push('\n')).toEqual([{ event: 'progress', data: '{"a":1}' }]);
  });

  it('does not carry an event name over to the next event', () => {
    expect(feed(['event: progress\ndata: a\n\ndata: b\n\n']).map((e) => e.event)).toEqual(['progress', 'message']);
  });

  it('keeps data with colons and leading spaces beyond the first', () => {
    expect(feed(['data:  {"url":"http://x"}\n\n'])[0].data).toBe(' {"url":"http://x"}');
  });
});

describe('readSse', () => {
  it('decodes UTF-8 characters split across byte chunks', async () => {
    const bytes = new TextEncoder().encode('event: progress\ndata: {"title":"Café ☕"}\n\n');
    // Cut inside the two-byte é and inside the three-byte ☕.
    const e = bytes.indexOf(0xc3) + 1;
    const cup = bytes.indexOf(0xe2) + 2;
    const chunks = [bytes.slice(0, e), bytes.slice(e, cup), bytes.slice(cup)];
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (const ch of chunks) c.enqueue(ch);
        c.close();
      },
    });
    const seen: SseEvent[] = [];
    await readSse(stream, (ev) => seen.push(ev));
    expect(seen).toEqual([{ event: 'progress', data: '{"title":"Café ☕"}' }]);
  });
});
