import type { Lang } from '../../../shared/i18n/dictionary';
import { checkTitleKey } from '../../../shared/i18n/keys';
import { translate } from '../../../shared/i18n/translate';
import type { CheckId } from '../../../shared/model/check';
import type { SessionEvent } from '../../../shared/model/progress';

/**
 * The live progress line on a terminal: `[7/20] Cloud names resolve…`, rewritten in place, gone
 * when the session ends. Piped output gets none (and `--verbose` a plain line per finished check).
 */
export const progressReporter = (options: {
  readonly stream: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly lang: Lang;
  readonly total: number;
  readonly verbose: boolean;
}) => {
  const running = new Set<CheckId>();
  let finished = 0;
  let shown = false;
  const title = (id: CheckId) => translate(options.lang, checkTitleKey(id));
  const draw = (): void => {
    if (!options.stream.isTTY) return;
    const current = [...running].map(title);
    const label = current.length ? `${current.slice(0, 2).join(', ')}${current.length > 2 ? ` +${current.length - 2}` : ''}…` : '';
    options.stream.write(`\r\u001b[2K[${finished}/${options.total}] ${label}`);
    shown = true;
  };
  return {
    onEvent(event: SessionEvent): void {
      if (event.type === 'check-started') {
        running.add(event.id);
        draw();
      } else if (event.type === 'check-finished') {
        running.delete(event.result.id);
        finished += 1;
        if (options.verbose && !options.stream.isTTY) {
          options.stream.write(`${event.result.status.padEnd(12)} ${event.result.id}\n`);
        }
        draw();
      } else if (event.type === 'connection' && (event.state === 'lost' || event.state === 'reconnecting')) {
        if (options.stream.isTTY) options.stream.write(`\r\u001b[2K${event.state === 'lost' ? 'connection lost' : 'reconnecting'}…`);
      }
    },
    clear(): void {
      if (shown) options.stream.write('\r\u001b[2K');
      shown = false;
    },
  };
};
