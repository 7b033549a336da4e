import { useCallback, useEffect, useRef, useState } from 'react';

export type CopyOutcome = 'idle' | 'copied' | 'failed';

/** How long the confirmation stays in the live region. */
const CONFIRMATION_MS = 6_000;

/**
 * Copies a text: the asynchronous Clipboard API where the browser offers it (secure contexts),
 * else the old `execCommand('copy')` on a hidden, read-only text area (older browsers, pages
 * served over plain HTTP, denied permission). Returns the outcome for a live region.
 */
export function useCopyToClipboard(): {
  outcome: CopyOutcome;
  copy: (text: string) => Promise<void>;
} {
  const [outcome, setOutcome] = useState<CopyOutcome>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = useCallback(async (text: string) => {
    clearTimeout(timer.current);
    // Empty first, so the same message said twice is announced twice.
    setOutcome('idle');
    const copied = (await writeWithClipboardApi(text)) || writeWithExecCommand(text);
    setOutcome(copied ? 'copied' : 'failed');
    if (copied) timer.current = setTimeout(() => setOutcome('idle'), CONFIRMATION_MS);
  }, []);

  return { outcome, copy };
}

async function writeWithClipboardApi(text: string): Promise<boolean> {
  if (!window.isSecureContext || typeof navigator.clipboard?.writeText !== 'function') {
    return false;
  }
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // permission denied, document not focused…: try the fallback
  }
}

function writeWithExecCommand(text: string): boolean {
  const previousFocus = document.activeElement;
  const area = document.createElement('textarea');
  area.value = text;
  area.readOnly = true;
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  area.style.pointerEvents = 'none';
  document.body.appendChild(area);
  area.select();
  let copied = false;
  try {
    // Deprecated but still the only synchronous fallback that browsers honour.
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  } finally {
    area.remove();
    if (previousFocus instanceof HTMLElement) previousFocus.focus();
  }
  return copied;
}
