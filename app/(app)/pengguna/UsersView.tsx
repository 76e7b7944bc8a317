'use client';
import type { Lang } from '@/lib/i18n/dict';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { UserRow } from '@/lib/users/queries';
import type { AdminText } from '@/lib/i18n/admin';
import { tryApi, type ApiFailure } from '@/lib/client/api';
import { ExportLinks } from '@/components/ExportLinks';
import { ValueOptions } from '@/components/ui/NamedOptions';
import { NewPasswordInput } from '@/components/NewPasswordInput';
import { DataTable } from '@/components/ui/DataTable';

const input = 'mt-1 block w-full rounded-md border border-slate-300 px-2 py-1.5';

export function UsersView({
  users,
  me,
  isAdmin,
  roles,
  tx,
  lang,
}: {
  users: UserRow[];
  me: number;
  isAdmin: boolean;
  roles: Record<string, string>;
  tx: AdminText;
  lang: Lang;
}) {
  const router = useRouter();
  const [error, setError] = useState<ApiFailure | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [role, setRole] = useState(isAdmin ? 'PROVINCE_HEAD' : 'REGENCY_OFFICER');
  const roleChoices = (isAdmin ? ['ADMIN', 'PROVINCE_HEAD'] : []).concat([
    'REGENCY_OFFICER',
    'COUNTER_OPERATOR',
    'KIOSK',
  ]);

  async function create(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const num = (k: string) => (f.get(k) ? Number(f.get(k)) : null);
    setBusy(true);
    const r = await tryApi<UserRow>({
      method: 'POST',
      path: '/users',
      lang,
      body: {
        username: f.get('username'),
        displayName: f.get('displayName'),
        role,
        scopeCode: f.get('scopeCode') || null,
        officeId: num('officeId'),
        counterId: num('counterId'),
        password: f.get('password'),
      },
    });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    setNotice(`${tx.created} ${r.data.username}`);
    (e.target as HTMLFormElement).reset();
    router.refresh();
  }

  async function act(u: UserRow, what: 'active' | 'reset') {
    setBusy(true);
    const r =
      what === 'active'
        ? await tryApi<UserRow>({ method: 'PUT', path: `/users/${u.id}/active`, lang, body: { active: !u.active } })
        : await tryApi<{ temporaryPassword: string }>({ method: 'POST', path: `/users/${u.id}/reset-password`, lang });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    setNotice(
      what === 'reset'
        ? `${tx.tempPassword} ${u.username}: ${(r.data as { temporaryPassword: string }).temporaryPassword} — ${tx.tempHint}`
        : null,
    );
    router.refresh();
  }

  const fieldError = (k: string) =>
    error?.fields?.[k] ? (
      <span className="mt-1 block text-sm text-red-700" data-testid={`error-${k}`}>
        {error.fields[k]}
      </span>
    ) : null;

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{tx.usersTitle}</h1>
      <p className="text-sm text-slate-600">{tx.usersIntro}</p>
      {notice && (
        <p className="rounded-md bg-emerald-50 p-3 text-emerald-900" data-testid="notice" aria-live="polite">
          {notice}
        </p>
      )}
      {error && (
        <p className="rounded-md bg-red-50 p-3 text-red-800" data-testid="form-error" aria-live="assertive">
          {error.message}
        </p>
      )}
      <ExportLinks href="/api/v1/users" lang={lang} testId="users-export" />
      <DataTable
        frameClass="overflow-x-auto rounded-xl border border-slate-200 bg-white"
        className="w-full text-sm"
        testId="users-table"
        headClass="bg-slate-100 text-left"
        head={
          <tr>
            <th className="p-2">{tx.username}</th>
            <th className="p-2">{tx.role}</th>
            <th className="p-2">{tx.region}</th>
            <th className="p-2">{tx.status}</th>
            <th className="p-2">{tx.actions}</th>
          </tr>
        }
      >
        {users.map((u) => (
          <tr key={u.id} className="border-t border-slate-100" data-testid={`user-${u.username}`}>
            <td className="p-2">
              <div className="font-medium">{u.username}</div>
              <div className="text-xs text-slate-600">{u.displayName}</div>
            </td>
            <td className="p-2">{roles[u.role] ?? u.role}</td>
            <td className="p-2">{u.scopeCode ?? '–'}</td>
            <td className="p-2">
              {u.active ? tx.active : tx.inactive}
              {u.mustChangePassword && <span className="block text-xs text-amber-800">{tx.mustChange}</span>}
            </td>
            <td className="p-2">
              {u.id !== me && (
                <div className="flex flex-wrap gap-1">
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => act(u, 'active')}
                    className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-50"
                  >
                    {u.active ? tx.deactivate : tx.reactivate}
                  </button>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => act(u, 'reset')}
                    className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-50"
                  >
                    {tx.reset}
                  </button>
                </div>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      <form
        onSubmit={create}
        className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2"
        aria-label={tx.create}
      >
        <h2 className="text-lg font-semibold sm:col-span-2">{tx.create}</h2>
        <label className="text-sm">
          {tx.username}
          <input name="username" required autoComplete="off" className={input} />
          {fieldError('username')}
        </label>
        <label className="text-sm">
          {tx.displayName}
          <input name="displayName" required className={input} />
          {fieldError('displayName')}
        </label>
        <label className="text-sm">
          {tx.role}
          <select name="role" value={role} onChange={(e) => setRole(e.target.value)} className={input}>
            <ValueOptions values={roleChoices} label={(r) => roles[r] ?? r} />
          </select>
        </label>
        {role !== 'ADMIN' && (
          <label className="text-sm">
            {tx.scope}
            <input
              name="scopeCode"
              inputMode="decimal"
              placeholder={role === 'PROVINCE_HEAD' ? '15' : '15.71'}
              className={input}
            />
            {fieldError('scopeCode')}
          </label>
        )}
        {(role === 'KIOSK' || role === 'COUNTER_OPERATOR') && (
          <label className="text-sm">
            {tx.office}
            <input name="officeId" inputMode="numeric" className={input} />
            {fieldError('officeId')}
          </label>
        )}
        {role === 'COUNTER_OPERATOR' && (
          <label className="text-sm">
            {tx.counter}
            <input name="counterId" inputMode="numeric" className={input} />
            {fieldError('counterId')}
          </label>
        )}
        <label className="text-sm sm:col-span-2">
          {tx.password}
          <NewPasswordInput name="password" hintId="pw-hint" hint={tx.passwordHint} className={input} />
          {fieldError('password')}
        </label>
        <div className="sm:col-span-2">
          <button
            type="submit"
            disabled={busy}
            className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
          >
            {tx.create}
          </button>
        </div>
      </form>
    </div>
  );
}
