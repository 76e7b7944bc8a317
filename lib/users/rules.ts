import { randomInt } from 'node:crypto';
import type { Msg } from '@/lib/api/errors';
import { MIN_PASSWORD_LENGTH } from './policy';

export { MIN_PASSWORD_LENGTH };

const COMMON = new Set(
  [
    '123456789012',
    '1234567890123',
    '12345678901234',
    '123456789abc',
    '1234567890qwe',
    'qwertyuiop12',
    'qwertyuiop123',
    'qwerty123456',
    'qwertyuiopas',
    '1q2w3e4r5t6y',
    '1qaz2wsx3edc',
    'password1234',
    'password12345',
    'passwordpassword',
    'password123456',
    'iloveyou1234',
    'abcdefghijkl',
    'abcd12345678',
    'aaaaaaaaaaaa',
    '111111111111',
    '000000000000',
    '123123123123',
    'admin1234567',
    'administrator',
    'welcome12345',
    'letmein12345',
    'bismillah123',
    'bismillah1234',
    'indonesia123',
    'indonesia1945',
    'indonesiaraya',
    'merdeka12345',
    'jakarta12345',
    'sayang123456',
    'rahasia12345',
    'katasandi123',
    'katasandi1234',
    'dukcapil1234',
    'dukcapil12345',
    'pantau123456',
    'pantau-demo12',
    'passw0rd1234',
    'p@ssw0rd1234',
    'changeme1234',
    'zaq12wsxcde3',
    'asdfghjkl123',
    'football1234',
    'princess1234',
    'sunshine1234',
    'superman1234',
    'trustno11234',
    'monkey123456',
    'dragon123456',
    'master123456',
  ].map((p) => p.toLowerCase()),
);

export function passwordProblem(password: string, username?: string): Msg | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return {
      id: `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter.`,
      en: `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
    };
  }
  if (password.length > 200)
    return { id: 'Kata sandi paling panjang 200 karakter.', en: 'The password may be at most 200 characters.' };
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/.test(password) || (username && lower.includes(username.toLowerCase()))) {
    return {
      id: 'Kata sandi ini terlalu umum atau mudah ditebak. Pilih yang lain.',
      en: 'This password is too common or easy to guess. Choose another.',
    };
  }
  return null;
}

/** A temporary password for a reset: 16 characters without look-alikes (0/O, 1/l). */
export function temporaryPassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)]).join('');
}
