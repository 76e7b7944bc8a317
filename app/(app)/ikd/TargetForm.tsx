'use client';
import type { Lang } from '@/lib/i18n/dict';

import { useState } from 'react';
import { ikdDict } from '@/lib/i18n/ikd';
import { fmtPercent } from '@/lib/format';
import { SaveMessage, buttonCls, inputCls, useApiWrite } from './ui';
import { Captioned } from '@/components/ui/Captioned';
import { NamedOptions } from '@/components/ui/NamedOptions';
import { Card } from '@/components/ui/Card';
import { DataForm } from '@/components/ui/DataForm';

/** Sets a yearly target for one of the scopes the caller may set (PUT /api/v1/targets/ikd). */
export function TargetForm({
  scopes,
  year,
  lang,
}: {
  scopes: { code: string; name: string }[];
  year: number;
  lang: Lang;
}) {
  const t = ikdDict(lang);
  const save = useApiWrite<{ scope: string; year: number; percent: number }>(lang);
  const [ok, setOk] = useState<string | null>(null);
  if (scopes.length === 0) return null;
  return (
    <Card id="target-form" title={t.setTarget}>
      <DataForm
        data-testid="target-form"
        className="grid gap-2 sm:grid-cols-4 sm:items-end"
        onData={(f) => {
          setOk(null);
          const scope = String(f.get('scope'));
          save.mutate(
            {
              method: 'PUT',
              url: '/api/v1/targets/ikd',
              body: { scope, year: Number(f.get('year')), percent: Number(String(f.get('percent')).replace(',', '.')) },
            },
            {
              onSuccess: (r) =>
                setOk(
                  t.targetSaved(scopes.find((s) => s.code === r.scope)?.name ?? r.scope, r.year, fmtPercent(r.percent)),
                ),
            },
          );
        }}
      >
        <Captioned caption={t.targetScope}>
          <select name="scope" className={inputCls} defaultValue={scopes[0].code}>
            <NamedOptions items={scopes} />
          </select>
        </Captioned>
        <Captioned caption={t.year}>
          <input name="year" type="number" min={2022} max={2100} defaultValue={year} required className={inputCls} />
        </Captioned>
        <Captioned caption={t.targetPercent}>
          <input name="percent" inputMode="decimal" required pattern="[0-9]+([.,][0-9]{1,2})?" className={inputCls} />
        </Captioned>
        <button className={buttonCls} disabled={save.isPending}>
          {save.isPending ? t.saving : t.setTarget}
        </button>
      </DataForm>
      <SaveMessage error={save.error} ok={ok} testId="target" />
    </Card>
  );
}
