import { loadConfig } from '../config/app-config';
import { UnsubscribeTokens } from './unsubscribe-tokens';

describe('UnsubscribeTokens', () => {
  const tokens = new UnsubscribeTokens(loadConfig({ LINK_SIGNING_KEY: Buffer.alloc(32, 7).toString('base64') }));
  const unsubscription = { userId: '3f0c4b8e-6c1a-4d9e-9a57-0d7f0b7f1a11', categories: ['match-alerts' as const] };

  it('verifies what it signed', () => {
    expect(tokens.verify(tokens.sign(unsubscription))).toEqual(unsubscription);
  });

  it('refuses a changed token, another key, and rubbish', () => {
    const token = tokens.sign(unsubscription);
    const [body, mac] = token.split('.');
    const otherUser = Buffer.from(JSON.stringify({ u: 'someone-else', c: ['match-alerts'] })).toString('base64url');
    expect(tokens.verify(`${otherUser}.${mac}`)).toBeNull();
    expect(tokens.verify(`${body}.${mac.slice(0, -2)}xx`)).toBeNull();
    expect(new UnsubscribeTokens(loadConfig({})).verify(token)).toBeNull();
    expect(tokens.verify('')).toBeNull();
    expect(tokens.verify('a.b.c')).toBeNull();
  });

  it('drops unknown categories, and refuses a token that names none it knows', () => {
    expect(tokens.verify(tokens.sign({ userId: 'u', categories: ['vacancies', 'nonsense' as never] }))).toEqual({ userId: 'u', categories: ['vacancies'] });
    expect(tokens.verify(tokens.sign({ userId: 'u', categories: ['nonsense' as never] }))).toBeNull();
  });
});
