import { cloneElement, useId, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One labelled form control with its hint and its error. The error is tied to the control with
 * aria-describedby and aria-invalid, so a screen reader says what is wrong where it is wrong.
 */
export const FormField = ({
  label,
  hint,
  error,
  required = false,
  className,
  children,
}: {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly required?: boolean;
  readonly className?: string;
  readonly children: ReactElement<Record<string, unknown>>;
}) => {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : undefined, hint ? hintId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span className="field-required"> ({t('profiles.form.required')})</span> : null}
      </label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        'aria-required': required || undefined,
      })}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
};

/** A set of radio buttons shown as a segmented control, with a real fieldset and legend. */
export const ChoiceField = <T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  hint,
}: {
  readonly legend: string;
  readonly name: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
  readonly hint?: string;
}) => {
  const hintId = useId();
  return (
    <fieldset className="field choice-field" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      <div className="segmented">
        {options.map((option) => (
          <label key={option.value} className={option.value === value ? 'selected' : undefined}>
            <input type="radio" name={name} value={option.value} checked={option.value === value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </fieldset>
  );
};
