import { useEffect, useMemo, useRef } from 'react';
import type { VacancySummaryResponse } from '@meedoen/web';
import { useSeekerT } from '../messages';
import 'leaflet/dist/leaflet.css';

const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';
/** The Achterhoek, for when no result has a place. */
const FALLBACK_CENTRE: [number, number] = [51.95, 6.5];

/**
 * The results on an OpenStreetMap map. Leaflet is loaded only when the map is asked for, and the list above
 * holds everything the map shows, so without tiles (offline) or without the map nothing is lost.
 */
export function VacancyMap({ vacancies, vacancyPath }: { vacancies: readonly VacancySummaryResponse[]; vacancyPath: (id: string) => string }) {
  const t = useSeekerT();
  const container = useRef<HTMLDivElement>(null);
  const placed = useMemo(() => vacancies.filter((vacancy) => vacancy.latitude !== null && vacancy.longitude !== null), [vacancies]);

  useEffect(() => {
    let map: import('leaflet').Map | undefined;
    let cancelled = false;
    void import('leaflet').then((leaflet) => {
      if (cancelled || !container.current) return;
      map = leaflet.map(container.current, { scrollWheelZoom: false });
      leaflet.tileLayer(OSM_TILES, { attribution: OSM_ATTRIBUTION, maxZoom: 18 }).addTo(map);
      const points = placed.map((vacancy) => {
        const point: [number, number] = [vacancy.latitude as number, vacancy.longitude as number];
        const link = document.createElement('a');
        link.href = vacancyPath(vacancy.id);
        link.textContent = vacancy.title;
        leaflet.circleMarker(point, { radius: 9, weight: 3, color: '#1b1b1b', fillColor: '#ffffff', fillOpacity: 1 }).bindPopup(link).addTo(map!);
        return point;
      });
      if (points.length > 0) map.fitBounds(leaflet.latLngBounds(points), { padding: [24, 24], maxZoom: 13 });
      else map.setView(FALLBACK_CENTRE, 9);
    });
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [placed, vacancyPath]);

  return (
    <section aria-label={t('search.mapLabel')}>
      <p className="utrecht-paragraph">{t('search.mapIntro', { count: placed.length })}</p>
      <div ref={container} className="meedoen-map" />
    </section>
  );
}
