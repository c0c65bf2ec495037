import { randomUUID } from 'node:crypto';
import { basename, dirname, extname } from 'node:path';
import type { ExportFormat, ExportRequest, ExportResult } from '../../../shared/ipc/channels/sessions';
import { translate } from '../../../shared/i18n/translate';
import type { SessionRecord } from '../../../shared/model/session';
import { defaultReportFileName } from '../../../shared/report/file-name';
import type { DesktopShell } from '../desktop/desktop-shell';
import { ServiceError } from '../ipc/service-error';
import type { Logger } from '../log';
import { writeReport } from '../report/write-report';
import type { SessionHistory } from './session-history';
import type { SessionManager } from './session-manager';

const EXTENSIONS: Readonly<Record<ExportFormat, string>> = { pdf: 'pdf', json: 'json', md: 'md' };

/** Reports written in this run, by id: "Open" and "Show in folder" name one, never a path. */
const MAX_REMEMBERED = 50;

/**
 * "Export report": the native save dialog with a sensible default name (device and date, and no
 * name or address when the report masks them), the file written here in main by writeReport
 * (secrets masked always), and afterwards "Open" / "Show in folder" for files this run wrote.
 */
export const createReportExporter = (options: {
  readonly manager: Pick<SessionManager, 'exportable'>;
  readonly history: Pick<SessionHistory, 'open'>;
  readonly desktop?: DesktopShell;
  readonly log: Logger;
}) => {
  const written = new Map<string, string>();

  const source = async (request: ExportRequest): Promise<{ record: SessionRecord; secrets: readonly string[] }> => {
    if (request.source.kind === 'live') return options.manager.exportable(request.source.sessionId);
    const past = await options.history.open(request.source.historyId);
    if (!past) throw new ServiceError('not-found', 'That past session is no longer there.');
    // History files were masked of secrets when they were saved.
    return { record: past.record, secrets: [] };
  };

  const desktop = (): DesktopShell => {
    if (!options.desktop) throw new ServiceError('unavailable', 'Saving files is not available in this window.');
    return options.desktop;
  };

  const pathOf = (exportId: string): string => {
    const path = written.get(exportId);
    if (!path) throw new ServiceError('not-found', 'That report was not exported in this session of the app.');
    return path;
  };

  return {
    async export(request: ExportRequest): Promise<ExportResult> {
      const shell = desktop();
      const { record, secrets } = await source(request);
      const redaction = { ...request.redaction, keepCiscoHosts: true };
      const extension = EXTENSIONS[request.format];
      const chosen = await shell.chooseSavePath({
        title: translate(request.lang, 'session.export.dialogTitle'),
        defaultFileName: defaultReportFileName(record, request.format, redaction),
        filters: [
          { name: translate(request.lang, `session.export.formats.${request.format}`), extensions: [extension] },
        ],
      });
      if (!chosen) return { saved: false };
      const path = extname(chosen) ? chosen : `${chosen}.${extension}`;
      const result = await writeReport({
        record,
        format: request.format,
        path,
        lang: request.lang,
        paper: request.paper,
        redaction,
        secrets,
      });
      const exportId = randomUUID();
      written.set(exportId, result.path);
      for (const old of [...written.keys()].slice(0, Math.max(0, written.size - MAX_REMEMBERED))) written.delete(old);
      options.log.info('report exported', { format: request.format, bytes: result.bytes });
      return {
        saved: true,
        exportId,
        fileName: basename(result.path),
        folder: dirname(result.path),
        bytes: result.bytes,
      };
    },

    /** Open with the default program, only a report file this run wrote (never anything that could run). */
    async open(exportId: string): Promise<void> {
      const path = pathOf(exportId);
      if (!Object.values(EXTENSIONS).includes(extname(path).slice(1).toLowerCase())) {
        throw new ServiceError(
          'forbidden',
          'Only .pdf, .json and .md reports are opened from here; use "Show in folder".',
        );
      }
      try {
        await desktop().openPath(path);
      } catch (error) {
        throw new ServiceError(
          'failed',
          `The report could not be opened: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },

    show(exportId: string): void {
      desktop().showInFolder(pathOf(exportId));
    },
  };
};
