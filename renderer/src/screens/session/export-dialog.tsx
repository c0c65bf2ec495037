import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat, type ExportResult } from '../../../../shared/ipc/channels/sessions';
import { PAPERS, type Paper } from '../../../../shared/report/options';
import { ChoiceField } from '../../components/form-field';
import { ModalDialog } from '../../components/modal-dialog';
import { useApi, useApp } from '../../stores/store-context';
import { useView } from './view-context';

/**
 * "Export report": format (PDF by default), paper, optional masking of addresses and names; main
 * shows the save dialog and writes the file, then "Open" and "Show in folder". The report is in
 * the app's language.
 */
export const ExportDialog = ({ onClose }: { readonly onClose: () => void }) => {
  const { t } = useTranslation();
  const api = useApi();
  const language = useApp((s) => s.language);
  const exportReport = useApp((s) => s.exportReport);
  const source = useView(
    (view) => (view.source === 'past' && view.historyId ? `past:${view.historyId}` : `live:${view.info.sessionId}`),
    '',
  );
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [paper, setPaper] = useState<Paper>('a4');
  const [addresses, setAddresses] = useState(false);
  const [hostnames, setHostnames] = useState(false);
  const [phase, setPhase] = useState<
    | { kind: 'idle' }
    | { kind: 'saving' }
    | { kind: 'saved'; result: Extract<ExportResult, { saved: true }> }
    | { kind: 'failed'; message: string }
  >({
    kind: 'idle',
  });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const [kind, id] = [source.slice(0, source.indexOf(':')), source.slice(source.indexOf(':') + 1)];
    setPhase({ kind: 'saving' });
    try {
      const result = await exportReport({
        source: kind === 'past' ? { kind: 'past', historyId: id } : { kind: 'live', sessionId: id },
        format,
        lang: language,
        paper,
        redaction: { addresses, hostnames },
      });
      setPhase(result.saved ? { kind: 'saved', result } : { kind: 'idle' });
    } catch (error) {
      setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const fail = (error: unknown) =>
    setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });

  return (
    <ModalDialog title={t('session.export.title')} onClose={onClose} size="small" className="export-dialog">
      <form onSubmit={(e) => void save(e)}>
        <div className="modal-body">
          <p>{t('session.export.intro', { language: t(`common.languages.${language}`) })}</p>
          <ChoiceField
            legend={t('session.export.format')}
            name="format"
            value={format}
            options={EXPORT_FORMATS.map((f) => ({ value: f, label: t(`session.export.formats.${f}`) }))}
            onChange={setFormat}
          />
          {format === 'pdf' ? (
            <ChoiceField
              legend={t('session.export.paper')}
              name="paper"
              value={paper}
              options={PAPERS.map((p) => ({ value: p, label: t(`session.export.papers.${p}`) }))}
              onChange={setPaper}
            />
          ) : null}
          <fieldset className="field mask-field" aria-describedby="export-mask-hint">
            <legend>{t('session.export.mask')}</legend>
            <label className="checkbox">
              <input type="checkbox" checked={addresses} onChange={(e) => setAddresses(e.target.checked)} />
              {t('session.export.maskAddresses')}
            </label>
            <label className="checkbox">
              <input type="checkbox" checked={hostnames} onChange={(e) => setHostnames(e.target.checked)} />
              {t('session.export.maskHostnames')}
            </label>
            <p className="field-hint" id="export-mask-hint">
              {t('session.export.maskHint')}
            </p>
          </fieldset>
          {phase.kind === 'saved' ? (
            <div className="export-saved" role="status">
              <p>
                {t('session.export.saved', {
                  file: phase.result.fileName,
                  folder: phase.result.folder,
                  kb: Math.max(1, Math.round(phase.result.bytes / 1024)),
                })}
              </p>
              <div className="export-saved-actions">
                <button
                  type="button"
                  className="button"
                  onClick={() => void api.openExportedReport({ exportId: phase.result.exportId }).catch(fail)}
                >
                  {t('session.export.open')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => void api.showExportedReport({ exportId: phase.result.exportId }).catch(fail)}
                >
                  {t('session.export.showInFolder')}
                </button>
              </div>
            </div>
          ) : null}
          {phase.kind === 'failed' ? (
            <p role="alert" className="form-error-summary">
              {t('session.export.failed', { message: phase.message })}
            </p>
          ) : null}
        </div>
        <footer className="modal-footer">
          <button type="button" className="button" onClick={onClose}>
            {t('common.actions.close')}
          </button>
          <button type="submit" className="button button-primary" disabled={phase.kind === 'saving'}>
            {phase.kind === 'saving' ? t('session.export.saving') : t('session.export.save')}
          </button>
        </footer>
      </form>
    </ModalDialog>
  );
};
