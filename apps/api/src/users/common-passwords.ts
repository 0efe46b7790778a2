/** Passwords of 12+ characters that appear high on public breach lists, in Dutch and English. Compared lower-cased. */
export const COMMON_PASSWORDS = new Set([
  '123456789012', '1234567890123', '12345678901234', '123456123456', '111111111111', '000000000000',
  'qwertyuiopas', 'qwerty123456', '1q2w3e4r5t6y', 'qwertyuiop12', 'azertyuiop12', 'asdfghjkl123',
  'password1234', 'password12345', 'passwordpassword', 'password123!', 'p@ssword1234', 'wachtwoord12',
  'wachtwoord123', 'wachtwoord1234', 'welkom123456', 'welkomwelkom', 'welkom12345!', 'geheim123456',
  'iloveyou1234', 'letmein12345', 'administrator', 'administrator1', 'changeme1234', 'trustno11234',
  'football1234', 'baseball1234', 'voetbal12345', 'ajaxajaxajax', 'feyenoord123', 'psvpsvpsv123',
  'nederland123', 'nederland1234', 'amsterdam123', 'rotterdam123', 'eindhoven123', 'zomer2024zomer',
  'winter123456', 'lente1234567', 'sunshine1234', 'princess1234', 'dragon123456', 'monkey123456',
  'abcdefghijkl', 'abcdef123456', 'abc123abc123', 'meedoen12345', 'meedoen-demo', 'werkzoeken12',
  'zaq12wsxcde3', '1qaz2wsx3edc', 'qazwsxedcrfv', 'masterkey123', 'superman1234', 'batman123456',
]);
