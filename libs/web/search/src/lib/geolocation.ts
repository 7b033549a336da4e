/** Why the browser gave no position: GeolocationPositionError codes, or no geolocation at all. */
export type GeolocationFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

/** GeolocationPositionError.code → failure (1 denied, 2 unavailable, 3 timeout). */
export function geolocationFailureOf(code: number): GeolocationFailure {
  switch (code) {
    case 1:
      return 'denied';
    case 3:
      return 'timeout';
    default:
      return 'unavailable';
  }
}

/** The French message of the "Autour de moi" button when no position comes. */
export function geolocationMessage(failure: GeolocationFailure): string {
  switch (failure) {
    case 'denied':
      return "Vous n'avez pas autorisé l'accès à votre position. Indiquez une commune, ou autorisez la localisation dans les réglages de votre navigateur.";
    case 'timeout':
      return 'Votre position met trop de temps à venir. Réessayez, ou indiquez une commune.';
    case 'unavailable':
      return "Votre position n'a pas pu être déterminée. Indiquez une commune.";
    case 'unsupported':
      return 'Votre navigateur ne permet pas de vous localiser. Indiquez une commune.';
  }
}
