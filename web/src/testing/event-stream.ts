/** A server-sent event stream the test writes frames into; `response` is what a mocked fetch returns. */
export function eventStream() {
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
  });
  const enc = new TextEncoder();
  return {
    response: () => new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }),
    send: (text: string) => controller?.enqueue(enc.encode(text)),
    close: () => controller?.close(),
  };
}

/** One server-sent event: its name and JSON data, ended by the blank line. */
export const frame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
