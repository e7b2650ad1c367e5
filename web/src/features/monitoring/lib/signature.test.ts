import { parseSignatureHeader, signedPayload, VERIFY_SNIPPET } from './signature';

describe('webhook verification as documented', () => {
  it('reproduces the server’s reference signature from the header and the body', async () => {
    // The server's reference: HMAC-SHA256("whsec_test", "1700000000.{}").
    const header = 't=1700000000,v1=35495024f4ef3f94e5a93e22221544c4b75e9a42300cd965ab81cb85cd994e91';
    const parsed = parseSignatureHeader(header);
    expect(parsed).not.toBeNull();
    const enc = new TextEncoder();
    const key = await crypto.subtle.importKey('raw', enc.encode('whsec_test'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, enc.encode(signedPayload(parsed!.t, '{}'))));
    const expected = Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('');
    expect(parsed!.v1).toContain(expected);
    expect(VERIFY_SNIPPET).toContain("createHmac('sha256', secret).update(`${t}.${rawBody}`)");
  });
});
