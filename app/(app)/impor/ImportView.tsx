'use client';
import type { Lang } from '@/lib/i18n/dict';

import { TEMPLATE_EXAMPLES, templateCsv } from '@/lib/imports/rules';
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { importsDict } from '@/lib/i18n/imports';
import { fmtInt } from '@/lib/format';
import { Captioned } from '@/components/ui/Captioned';
import { ValueOptions } from '@/components/ui/NamedOptions';
import { DataTable } from '@/components/ui/DataTable';
import { Card } from '@/components/ui/Card';

type Kind = 'opname' | 'ikd' | 'wajib';
interface Rejected {
  line: number;
  reason: { id: string; en: string };
}
interface Preview {
  total: number;
  accepted: number;
  rejected: Rejected[];
}
interface Committed {
  rows: number;
  changes: number;
}

const inputCls = 'w-full rounded-md border border-slate-400 px-2 py-1.5';
const buttonCls = 'rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white disabled:opacity-60';
const MAX_SHOWN = 200;

/** Reads a file as text, reporting progress (0..1). */
function readFile(file: File, onProgress: (p: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    r.onload = () => resolve(String(r.result ?? ''));
    r.onerror = () => reject(r.error ?? new Error('read failed'));
    r.readAsText(file);
  });
}

/** POSTs JSON with upload progress (XHR: fetch reports none); rejects with the API's message. */
function postJson<T>(url: string, body: unknown, lang: Lang, onProgress: (p: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const x = new XMLHttpRequest();
    x.open('POST', url);
    x.setRequestHeader('Content-Type', 'application/json');
    x.setRequestHeader('Accept-Language', lang);
    x.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    x.onload = () => {
      let j: { error?: { message?: string } } | null = null;
      try {
        j = JSON.parse(x.responseText);
      } catch {
        /* not JSON */
      }
      if (x.status >= 200 && x.status < 300) resolve(j as T);
      else reject(new Error(j?.error?.message ?? `HTTP ${x.status}`));
    };
    x.onerror = () => reject(new Error(lang === 'en' ? 'Network error.' : 'Gangguan jaringan.'));
    x.send(JSON.stringify(body));
  });
}

export function ImportView({ lang, kinds, columns }: { lang: Lang; kinds: Kind[]; columns: Record<Kind, string[]> }) {
  const t = importsDict(lang);
  const [kind, setKind] = useState<Kind>(kinds.includes('ikd') ? 'ikd' : kinds[0]);
  const [file, setFile] = useState<File | null>(null);
  const [csv, setCsv] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ label: string; value: number } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [done, setDone] = useState<Committed | null>(null);

  const reset = () => {
    setCsv(null);
    setPreview(null);
    setDone(null);
    previewMut.reset();
    commitMut.reset();
  };

  const previewMut = useMutation({
    mutationFn: async () => {
      if (!file) throw new Error(t.noFile);
      setProgress({ label: t.reading, value: 0 });
      const text = await readFile(file, (p) => setProgress({ label: t.reading, value: p * 0.5 }));
      setCsv(text);
      setProgress({ label: t.uploading, value: 0.5 });
      const res = await postJson<Preview>('/api/v1/imports/preview', { kind, csv: text }, lang, (p) =>
        setProgress({ label: p >= 1 ? t.checking : t.uploading, value: 0.5 + p * 0.5 }),
      );
      return res;
    },
    onSuccess: (p) => setPreview(p),
    onSettled: () => setProgress(null),
  });
  const commitMut = useMutation({
    mutationFn: () =>
      postJson<Committed>('/api/v1/imports/commit', { kind, csv }, lang, (p) =>
        setProgress({ label: p >= 1 ? t.committing : t.uploading, value: p }),
      ),
    onSuccess: (r) => {
      setDone(r);
      setPreview(null);
    },
    onSettled: () => setProgress(null),
  });
  const error = previewMut.error ?? commitMut.error;
  const canCommit = preview && preview.rejected.length === 0 && preview.accepted > 0 && csv !== null && !done;

  return (
    <div className="space-y-4">
      <p className="max-w-prose text-sm text-slate-700">{t.intro}</p>
      <form
        data-testid="import-form"
        className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3 sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          setDone(null);
          setPreview(null);
          commitMut.reset();
          previewMut.mutate();
        }}
      >
        <Captioned caption={t.kind}>
          <select
            name="kind"
            data-testid="import-kind"
            className={inputCls}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as Kind);
              reset();
            }}
          >
            <ValueOptions values={kinds} label={(k) => t.kinds[k]} />
          </select>
        </Captioned>
        <Captioned caption={t.file}>
          <input
            type="file"
            name="file"
            accept=".csv,text/csv"
            data-testid="import-file"
            required
            className="w-full text-sm"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              reset();
            }}
          />
        </Captioned>
        <button
          className={buttonCls}
          disabled={previewMut.isPending || commitMut.isPending}
          data-testid="import-preview"
        >
          {t.preview}
        </button>
        <p className="text-xs text-slate-600 sm:col-span-3">
          {t.columns}: <code className="break-all">{columns[kind].join(',')}</code> ·{' '}
          <a
            className="text-brand-700 underline"
            data-testid="import-template"
            download={`templat-${kind}.csv`}
            href={`data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv(columns[kind], TEMPLATE_EXAMPLES[kind]))}`}
          >
            {t.template}
          </a>
          <br />
          {t.formats}
        </p>
      </form>

      {progress && (
        <div data-testid="import-progress">
          <label className="text-sm text-slate-700">
            {progress.label}
            <progress
              className="mt-1 block w-full"
              max={100}
              value={Math.round(progress.value * 100)}
              aria-label={t.progress}
            >
              {Math.round(progress.value * 100)}%
            </progress>
          </label>
        </div>
      )}

      {error && (
        <p role="alert" data-testid="import-error" className="rounded-md bg-red-50 p-3 text-sm text-red-900">
          {error.message}
        </p>
      )}

      {preview && (
        <Card id="import-preview-h" title={t.preview} testId="import-result">
          <dl className="mb-3 grid grid-cols-3 gap-2 text-sm">
            {(
              [
                [t.total, preview.total, 'import-total'],
                [t.accepted, preview.accepted, 'import-accepted'],
                [t.rejectedCount, preview.rejected.length, 'import-rejected-count'],
              ] as const
            ).map(([label, n, testId]) => (
              <div key={testId}>
                <dt className="text-slate-600">{label}</dt>
                <dd className="num font-semibold" data-testid={testId}>
                  {fmtInt(n)}
                </dd>
              </div>
            ))}
          </dl>
          {preview.rejected.length > 0 && (
            <>
              <h3 className="text-sm font-medium">{t.rejected}</h3>
              <p className="mb-1 text-sm text-amber-900">{t.fixFirst}</p>
              {preview.rejected.length > MAX_SHOWN && (
                <p className="text-xs text-slate-600">{t.shown(MAX_SHOWN, preview.rejected.length)}</p>
              )}
              <DataTable
                className="w-full text-left text-sm"
                testId="import-rejected"
                head={
                  <tr className="border-b border-slate-200">
                    <th scope="col" className="py-1 pr-3">
                      {t.line}
                    </th>
                    <th scope="col" className="py-1">
                      {t.reason}
                    </th>
                  </tr>
                }
              >
                {preview.rejected.slice(0, MAX_SHOWN).map((r, i) => (
                  <tr key={`${r.line}-${i}`} className="border-b border-slate-100">
                    <td className="num py-1 pr-3">{r.line}</td>
                    <td className="py-1">{r.reason[lang]}</td>
                  </tr>
                ))}
              </DataTable>
            </>
          )}
          {canCommit && (
            <button
              type="button"
              className={`${buttonCls} mt-3`}
              data-testid="import-commit"
              disabled={commitMut.isPending}
              onClick={() => commitMut.mutate()}
            >
              {commitMut.isPending ? t.committing : `${t.commit} (${fmtInt(preview.accepted)})`}
            </button>
          )}
        </Card>
      )}

      {done && (
        <p role="status" data-testid="import-done" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
          {t.done(done.rows, done.changes)}
        </p>
      )}
    </div>
  );
}
