import {
  type DivIcon,
  divIcon,
  type LeafletKeyboardEvent,
  type Marker as LeafletMarker,
} from 'leaflet';
import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import { Marker, Popup } from 'react-leaflet';
import { type MapPosition, countLabel } from './map-types';

/**
 * Leaflet draws a divIcon as a focusable div: give it a role and a name, after each render. Its
 * pressed state is shown on the same element (a new icon would be a new element: the focus of a
 * keyboard user who just pressed Enter on it would be lost).
 */
function useAccessibleMarker(label: string, pressed?: boolean) {
  const ref = useRef<LeafletMarker>(null);
  useEffect(() => {
    const element = ref.current?.getElement();
    if (!element) return;
    element.setAttribute('role', 'button');
    element.setAttribute('aria-label', label);
    element.removeAttribute('title');
    if (pressed === undefined) element.removeAttribute('aria-pressed');
    else element.setAttribute('aria-pressed', String(pressed));
    element
      .querySelector('.pass-map-point')
      ?.classList.toggle('pass-map-point--selected', pressed === true);
  });
  return ref;
}

/**
 * Enter or Space on a focused marker does what a click does, as on any button (Leaflet turns
 * neither into a click: Enter only opens a bound popup, through its own keypress handler, which
 * the default prevented here skips).
 */
const onActivationKey =
  (activate: (marker: LeafletMarker) => void) =>
  (event: LeafletKeyboardEvent): void => {
    const { key } = event.originalEvent;
    if (key !== 'Enter' && key !== ' ') return;
    event.originalEvent.preventDefault();
    activate(event.target as LeafletMarker);
  };

/**
 * An opened popup is panned into view this far from the map's top and left edges: below the zoom
 * buttons (top right, MapView), which would hide its close button.
 */
const POPUP_PADDING_TOP_LEFT: [number, number] = [10, 90];

const clusterSize = (count: number) =>
  count < 10 ? 32 : count < 100 ? 38 : count < 1000 ? 44 : 52;

export interface ClusterMarkerProps {
  readonly position: MapPosition;
  readonly count: number;
  readonly onClick: () => void;
  /** Default "12 annonces, zoomer". */
  readonly label?: string;
}

/** A group of places: a disc with the count; Enter or a click zooms in. */
export function ClusterMarker({ position, count, onClick, label }: ClusterMarkerProps) {
  const name = label ?? `${countLabel(count)}, zoomer`;
  const ref = useAccessibleMarker(name);
  const icon: DivIcon = useMemo(() => {
    const size = clusterSize(count);
    return divIcon({
      className: 'pass-map-icon',
      html: `<span class="pass-map-cluster" aria-hidden="true">${count.toLocaleString('fr-FR')}</span>`,
      iconSize: [size, size],
      iconAnchor: [size / 2, size / 2],
    });
  }, [count]);
  return (
    <Marker
      ref={ref}
      position={[position.lat, position.lon]}
      icon={icon}
      keyboard
      eventHandlers={{ click: onClick, keydown: onActivationKey(() => onClick()) }}
    />
  );
}

export interface PointMarkerProps {
  readonly position: MapPosition;
  /** Accessible name: the listing's title. */
  readonly label: string;
  readonly selected?: boolean;
  readonly onClick?: () => void;
  /** Content of the popup opened by a click. */
  readonly popup?: ReactNode;
  /** Listings at this place, shown on the pin when more than one. Default 1. */
  readonly count?: number;
}

/**
 * One place: a pin (with the number of its listings when several), red when selected; a click,
 * Enter or Space opens its popup.
 */
export function PointMarker({
  position,
  label,
  selected = false,
  onClick,
  popup,
  count = 1,
}: PointMarkerProps) {
  const ref = useAccessibleMarker(label, selected);
  const icon = useMemo(
    () =>
      divIcon({
        className: 'pass-map-icon',
        html:
          `<span class="pass-map-point" aria-hidden="true"></span>` +
          (count > 1
            ? `<span class="pass-map-point-count" aria-hidden="true">${count.toLocaleString('fr-FR')}</span>`
            : ''),
        iconSize: [26, 26],
        iconAnchor: [13, 30],
        popupAnchor: [0, -30],
      }),
    [count],
  );
  return (
    <Marker
      ref={ref}
      position={[position.lat, position.lon]}
      icon={icon}
      keyboard
      zIndexOffset={selected ? 1000 : 0}
      eventHandlers={{
        ...(onClick ? { click: onClick } : {}),
        keydown: onActivationKey((marker) => {
          onClick?.();
          marker.openPopup();
        }),
      }}
    >
      {popup ? <Popup autoPanPaddingTopLeft={POPUP_PADDING_TOP_LEFT}>{popup}</Popup> : null}
    </Marker>
  );
}
