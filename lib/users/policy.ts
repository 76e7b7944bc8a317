/** Password policy (issue 6): at least 12 characters (and, checked on the server in ./rules.ts,
 *  not a well-known password). Its own module because the browser's forms read it too, and
 *  ./rules.ts needs node:crypto. */
export const MIN_PASSWORD_LENGTH = 12;
