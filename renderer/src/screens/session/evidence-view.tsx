import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckId } from '../../../../shared/model/check';
import type { Evidence } from '../../../../shared/model/verdict';
import { CopyButton } from '../../components/copy-button';
import type { LiveCommand } from '../../stores/session-slice';
import { lineCount, tailLines } from './session-text';
import { useView } from './view-context';

/** Lines shown before "Show all": enough for any curl -v or show network, short enough to stay quick. */
export const TAIL_LINES = 200;

const EMPTY: readonly LiveCommand[] = [];

/** One command and its output: monospaced, the last lines first shown, everything copyable. */
export const OutputBlock = ({
  command,
  text,
  lines,
  meta,
  note,
  follow = false,
}: {
  readonly command: string;
  readonly text: string;
  /** Known line count (live output counts as it streams); computed otherwise. */
  readonly lines?: number;
  readonly meta?: string;
  readonly note?: string;
  /** Streaming: keep the newest line in view as output arrives. */
  readonly follow?: boolean;
}) => {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const box = useRef<HTMLPreElement>(null);
  const total = lines ?? lineCount(text);
  const { tail, trimmed } = all ? { tail: text, trimmed: false } : tailLines(text, TAIL_LINES);
  const shown = trimmed ? TAIL_LINES : total;
  // The last lines are the ones shown (and the newest of a log): start at the end when trimmed or streaming.
  useLayoutEffect(() => {
    if ((follow || trimmed) && box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [follow, trimmed, tail]);
  return (
    <div className="evidence-item">
      <div className="evidence-command">
        <code className="command-text">
          <span aria-hidden="true" className="prompt-sign">
            ${' '}
          </span>
          {command}
        </code>
        {meta ? <span className="evidence-meta">{meta}</span> : null}
        <CopyButton text={command} label={t('session.check.copyCommand')} />
      </div>
      <pre
        className="evidence-output"
        tabIndex={0}
        aria-label={t('session.check.outputLabel', { command: command.split('\n')[0] ?? command })}
      >
        {tail.length > 0 ? tail : t('session.check.noOutput')}
      </pre>
      <div className="evidence-footer">
        {trimmed || all ? (
          <>
            {trimmed ? <span className="evidence-trimmed">{t('session.check.trimmed', { shown, total })}</span> : null}
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => setAll(!all)}
              aria-expanded={all}
            >
              {all ? t('session.check.showLess', { count: TAIL_LINES }) : t('session.check.showAll', { count: total })}
            </button>
          </>
        ) : null}
        {note ? <span className="evidence-note">{note}</span> : null}
        {text.length > 0 ? <CopyButton text={text} label={t('session.check.copyOutput')} /> : null}
      </div>
    </div>
  );
};

/** A finished check's evidence: each command with its exit code, duration and any cut-off output. */
export const EvidenceList = ({ evidence }: { readonly evidence: readonly Evidence[] }) => {
  const { t } = useTranslation();
  return (
    <>
      {evidence.map((item, index) => (
        <OutputBlock
          key={`${index}-${item.command}`}
          command={item.command}
          text={item.output}
          meta={[
            item.exitCode === null
              ? t('session.check.noExitCode')
              : t('session.check.exitCode', { code: item.exitCode }),
            t('session.check.duration', { seconds: (item.durationMs / 1000).toFixed(1) }),
          ].join(' · ')}
          {...(item.truncatedBytes
            ? { note: t('session.check.truncated', { kb: Math.ceil(item.truncatedBytes / 1024) }) }
            : {})}
        />
      ))}
    </>
  );
};

/** What a running check's commands print, as it arrives (this component alone re-renders with it). */
export const LiveOutput = ({ id }: { readonly id: CheckId }) => {
  const commands = useView((view) => view.output[id] ?? EMPTY, EMPTY);
  return (
    <>
      {commands.map((c) => (
        <OutputBlock key={c.command} command={c.command} text={c.text} lines={c.lines} follow />
      ))}
    </>
  );
};
