import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Put text on the clipboard: the async Clipboard API where the page may use it, else a hidden
 * textarea and `copy` (the desktop window grants no permissions, and that path needs none).
 */
export const copyText = async (text: string): Promise<void> => {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // fall through to the selection-based copy
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  document.execCommand('copy');
  area.remove();
};

/** A button that copies `text` and says "Copied" for a moment (announced politely). */
export const CopyButton = ({
  text,
  label,
  className,
}: {
  readonly text: string;
  readonly label: string;
  readonly className?: string;
}) => {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1800);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <button
      type="button"
      className={`button button-small${className ? ` ${className}` : ''}`}
      onClick={() => void copyText(text).then(() => setCopied(true))}
    >
      <span aria-live="polite">{copied ? t('session.check.copied') : label}</span>
    </button>
  );
};
