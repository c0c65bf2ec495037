import type { Lang } from '../i18n/dictionary';
import { translate } from '../i18n/translate';
import type { SessionRecord } from '../model/session';
import { formatDuration, formatTimestamp } from './format';
import type { LabelledValue, ReportDevice, ReportSession } from './model';

const row = (lang: Lang, label: Parameters<typeof translate>[1], value: string | undefined): LabelledValue => ({
  label: translate(lang, label),
  value: value && value.trim() !== '' ? value : translate(lang, 'report.fields.unknown'),
});

export const buildDevice = (record: SessionRecord, lang: Lang): ReportDevice => {
  const d = record.device;
  const version = d.version ? (d.build ? `${d.version} (build ${d.build})` : d.version) : undefined;
  return {
    ...d,
    name: d.hostname?.trim() || d.host,
    facts: [
      row(lang, 'report.fields.hostname', d.hostname),
      row(lang, 'report.fields.host', d.host),
      row(lang, 'report.fields.type', translate(lang, `report.deviceTypes.${d.type}`)),
      row(lang, 'report.fields.model', d.model),
      row(lang, 'report.fields.version', version),
      row(lang, 'report.fields.region', translate(lang, `report.regions.${d.region}`)),
    ],
  };
};

const durationOf = (startedAt: string, finishedAt: string | undefined): number | undefined => {
  if (!finishedAt) return undefined;
  const ms = Date.parse(finishedAt) - Date.parse(startedAt);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
};

export const buildSession = (record: SessionRecord, lang: Lang): ReportSession => {
  const durationMs = durationOf(record.startedAt, record.finishedAt);
  return {
    id: record.id,
    state: record.state,
    startedAt: record.startedAt,
    ...(record.finishedAt ? { finishedAt: record.finishedAt } : {}),
    ...(durationMs !== undefined ? { durationMs } : {}),
    facts: [
      row(lang, 'report.fields.sessionId', record.id),
      row(lang, 'report.fields.state', translate(lang, `report.states.${record.state}`)),
      row(lang, 'report.fields.started', formatTimestamp(record.startedAt)),
      {
        label: translate(lang, 'report.fields.finished'),
        value: record.finishedAt ? formatTimestamp(record.finishedAt) : translate(lang, 'report.fields.notFinished'),
      },
      row(lang, 'report.fields.duration', durationMs !== undefined ? formatDuration(durationMs, lang) : undefined),
    ],
  };
};
