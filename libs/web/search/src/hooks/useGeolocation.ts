import { useCallback, useState } from 'react';
import {
  geolocationFailureOf,
  geolocationMessage,
  type GeolocationFailure,
} from '../lib/geolocation';

export type GeolocationStatus =
  | { readonly state: 'idle' }
  | { readonly state: 'locating' }
  | { readonly state: 'failed'; readonly failure: GeolocationFailure; readonly message: string };

const OPTIONS: PositionOptions = {
  enableHighAccuracy: false,
  timeout: 10_000,
  maximumAge: 600_000,
};

/**
 * "Autour de moi": asks the browser for the position once, on demand (never at page load).
 * A refusal, a timeout or a browser without geolocation ends in a French message.
 */
export function useGeolocation(onPosition: (lat: number, lon: number) => void): {
  readonly status: GeolocationStatus;
  readonly locate: () => void;
} {
  const [status, setStatus] = useState<GeolocationStatus>({ state: 'idle' });

  const locate = useCallback(() => {
    const fail = (failure: GeolocationFailure) =>
      setStatus({ state: 'failed', failure, message: geolocationMessage(failure) });
    if (typeof navigator === 'undefined' || !('geolocation' in navigator)) {
      fail('unsupported');
      return;
    }
    setStatus({ state: 'locating' });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setStatus({ state: 'idle' });
        onPosition(position.coords.latitude, position.coords.longitude);
      },
      (error) => fail(geolocationFailureOf(error.code)),
      OPTIONS,
    );
  }, [onPosition]);

  return { status, locate };
}
