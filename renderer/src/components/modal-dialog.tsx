import { useEffect, useId, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import './controls.css';
import './modal-dialog.css';

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

const focusables = (root: HTMLElement): HTMLElement[] =>
  [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('[hidden], [inert]'));

export interface ModalDialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** Where focus goes on open; the content's first control otherwise. */
  readonly initialFocus?: RefObject<HTMLElement | null>;
  /** `alert` for confirmations (WAI-ARIA alertdialog): screen readers read the description at once. */
  readonly role?: 'dialog' | 'alertdialog';
  readonly describedBy?: string;
  readonly size?: 'small' | 'large';
  /** For tests and styling hooks. */
  readonly className?: string;
}

/**
 * The app's modal: role=dialog with aria-modal, labelled by its title, focus moved in on open and
 * trapped there (Tab and Shift+Tab wrap), Escape closes, and focus returns to what opened it.
 * Everything else on the page is made `inert` while it is open, so neither the mouse, the keyboard
 * nor a screen reader reaches behind it (the WAI-ARIA APG modal dialog pattern). Built on a portal
 * rather than <dialog>.showModal() so jsdom tests drive the same component the browser shows.
 */
export const ModalDialog = ({ title, onClose, children, initialFocus, role = 'dialog', describedBy, size = 'large', className }: ModalDialogProps) => {
  const { t } = useTranslation();
  const titleId = useId();
  const backdrop = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  useLayoutEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const others = [...document.body.children].filter(
      (el): el is HTMLElement => el instanceof HTMLElement && el !== backdrop.current && !el.hasAttribute('inert'),
    );
    for (const el of others) el.setAttribute('inert', '');
    // The first control of the content, not the header's close button.
    const items = panel.current ? focusables(panel.current) : [];
    const target = initialFocus?.current ?? items.find((el) => !el.classList.contains('modal-close')) ?? items[0] ?? panel.current;
    target?.focus();
    return () => {
      for (const el of others) el.removeAttribute('inert');
      if (opener?.isConnected) opener.focus();
    };
    // Runs once per opening: the dialog mounts when it opens and unmounts when it closes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Listening on the document, not the panel: Escape and Tab still work when focus has left
  // the dialog (a script blurred the field, or the page was clicked behind the backdrop).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        close.current();
        return;
      }
      if (event.key !== 'Tab' || !panel.current) return;
      const items = focusables(panel.current);
      const first = items[0];
      const last = items.at(-1);
      const active = document.activeElement;
      if (!first || !last) {
        event.preventDefault();
        return;
      }
      const inside = active instanceof Node && panel.current.contains(active);
      if (event.shiftKey && (!inside || active === first || active === panel.current)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (!inside || active === last)) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return createPortal(
    <div ref={backdrop} className="modal-backdrop">
      <div
        ref={panel}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
        className={`modal modal-${size}${className ? ` ${className}` : ''}`}
      >
        <header className="modal-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="modal-close" aria-label={t('common.actions.close')} onClick={() => close.current()}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        {children}
      </div>
    </div>,
    document.body,
  );
};
