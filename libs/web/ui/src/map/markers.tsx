import { type DivIcon, divIcon, type Marker as LeafletMarker } from 'leaflet';
import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import { Marker, Popup } from 'react-leaflet';
import { type MapPosition, countLabel } from './map-types';

/** Leaflet draws a divIcon as a focusable div: give it a role and a name, after each render. */
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
  });
  return ref;
}

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
      eventHandlers={{ click: onClick }}
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
}

/** One place: a pin, red when selected; a click opens its popup. */
export function PointMarker({
  position,
  label,
  selected = false,
  onClick,
  popup,
}: PointMarkerProps) {
  const ref = useAccessibleMarker(label, selected);
  const icon = useMemo(
    () =>
      divIcon({
        className: 'pass-map-icon',
        html: `<span class="pass-map-point${selected ? ' pass-map-point--selected' : ''}" aria-hidden="true"></span>`,
        iconSize: [26, 26],
        iconAnchor: [13, 30],
        popupAnchor: [0, -30],
      }),
    [selected],
  );
  return (
    <Marker
      ref={ref}
      position={[position.lat, position.lon]}
      icon={icon}
      keyboard
      zIndexOffset={selected ? 1000 : 0}
      eventHandlers={onClick ? { click: onClick } : undefined}
    >
      {popup ? <Popup>{popup}</Popup> : null}
    </Marker>
  );
}
