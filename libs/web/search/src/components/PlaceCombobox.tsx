import { fr } from '@codegouvfr/react-dsfr';
import { type KeyboardEvent, type ReactNode, useEffect, useId, useState } from 'react';
import { nextActiveIndex, suggestionCountText } from '../lib/combobox';
import type { CommuneSuggestion } from '../hooks/useCommuneSuggestions';

export interface PlaceComboboxProps {
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  readonly text: string;
  readonly onTextChange: (text: string) => void;
  readonly suggestions: readonly CommuneSuggestion[];
  /** Suggestions are being asked for (nothing is announced meanwhile). */
  readonly loading?: boolean;
  readonly onSelect: (suggestion: CommuneSuggestion) => void;
  /** Shown under the field and tied to it (aria-describedby). */
  readonly error?: string | null;
  /** Polite status under the field (geolocation in progress…). */
  readonly status?: string | null;
}

/**
 * Commune field with suggestions, the ARIA 1.2 combobox pattern (list autocomplete): the
 * focus stays in the input; arrows move the active option (aria-activedescendant), Enter picks
 * it, Escape closes the list (then clears the field), a click picks an option.
 */
export function PlaceCombobox({
  label,
  hint,
  text,
  onTextChange,
  suggestions,
  loading = false,
  onSelect,
  error,
  status,
}: PlaceComboboxProps) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-listbox`;
  const hintId = `${id}-hint`;
  const messagesId = `${id}-messages`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // A new list of suggestions has no active option yet (state adjusted while rendering).
  const [shownSuggestions, setShownSuggestions] = useState(suggestions);
  if (shownSuggestions !== suggestions) {
    setShownSuggestions(suggestions);
    setActive(-1);
  }

  const expanded = open && suggestions.length > 0 && text.trim().length > 0;
  const activeId = expanded && active >= 0 && active < suggestions.length ? optionId(active) : '';

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const choose = (suggestion: CommuneSuggestion) => {
    setOpen(false);
    setActive(-1);
    onSelect(suggestion);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const key = event.key;
    switch (key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (suggestions.length === 0) return;
        event.preventDefault();
        setOpen(true);
        setActive((current) => nextActiveIndex(expanded ? current : -1, key, suggestions.length));
        return;
      }
      case 'Enter': {
        const suggestion = expanded && active >= 0 ? suggestions[active] : undefined;
        if (!suggestion) return; // the form is submitted
        event.preventDefault();
        choose(suggestion);
        return;
      }
      case 'Escape': {
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          event.preventDefault();
          onTextChange('');
        }
        return;
      }
      default:
        return;
    }
  };

  const describedBy = [hint ? hintId : null, error || status ? messagesId : null]
    .filter(Boolean)
    .join(' ');
  const announcement =
    open && !loading && text.trim().length >= 2 ? suggestionCountText(suggestions.length) : '';

  return (
    <div className={fr.cx('fr-input-group', error ? 'fr-input-group--error' : undefined)}>
      <label className={fr.cx('fr-label')} htmlFor={inputId}>
        {label}
        {hint ? (
          <span className={fr.cx('fr-hint-text')} id={hintId}>
            {hint}
          </span>
        ) : null}
      </label>
      <div className={`search-combobox ${fr.cx('fr-mt-1w')}`}>
        <input
          id={inputId}
          className={fr.cx('fr-input', error ? 'fr-input--error' : undefined)}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeId || undefined}
          aria-describedby={describedBy || undefined}
          aria-invalid={error ? true : undefined}
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => {
            onTextChange(event.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label="Communes proposées"
          className="search-combobox__listbox"
          hidden={!expanded}
        >
          {expanded
            ? suggestions.map((suggestion, index) => (
                <li
                  key={suggestion.id}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  className="search-combobox__option"
                  // Keep the focus in the input: the click picks the option.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(suggestion)}
                >
                  {suggestion.label}
                  <span className="search-combobox__option-detail">
                    {suggestion.departmentName}
                  </span>
                </li>
              ))
            : null}
        </ul>
      </div>
      <div className={fr.cx('fr-messages-group')} id={messagesId} aria-live="polite">
        {error ? <p className={fr.cx('fr-message', 'fr-message--error')}>{error}</p> : null}
        {!error && status ? (
          <p className={fr.cx('fr-message', 'fr-message--info')}>{status}</p>
        ) : null}
      </div>
      <p className={fr.cx('fr-sr-only')} aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
