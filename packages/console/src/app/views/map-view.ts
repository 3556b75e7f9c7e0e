import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { html, render } from 'lit-html';
import { getJson, query } from '../api-client';
import type { MapFeatureProperties, MapFeatures } from '../api-types';
import { label, t } from '../i18n/i18n';
import type { PageContext } from '../router';

const TILE_URL_KEY = 'weldcode.tileUrl';
/** Above this many features the map draws on one canvas instead of one SVG element each. */
const CANVAS_THRESHOLD = 2000;
/** Where the map opens when the area has nothing to draw yet (Shanghai). */
const FALLBACK_CENTER: L.LatLngExpression = [31.05, 121.5];

const ZONE_STYLES: Record<string, L.PathOptions> = {
  'permit-zone': { color: '#d9480f', weight: 2, fillOpacity: 0.15 },
  'crowded-place': { color: '#7048e8', weight: 2, fillOpacity: 0.1, dashArray: '4 4' },
};

function pointStyle(properties: MapFeatureProperties): L.CircleMarkerOptions {
  const alerting = (properties.openAlerts ?? 0) > 0;
  return {
    radius: alerting ? 7 : 5,
    color: alerting ? '#c92a2a' : '#1864ab',
    fillColor: alerting ? '#fa5252' : properties.kind === 'site' ? '#74c0fc' : '#339af0',
    fillOpacity: 0.85,
    weight: alerting ? 3 : 1,
    className: alerting ? 'feature-alert' : `feature-${properties.kind}`,
  };
}

function popup(properties: MapFeatureProperties): HTMLElement {
  const element = document.createElement('div');
  const page = properties.kind === 'machine' ? `#/machines/${encodeURIComponent(properties.id)}` : undefined;
  render(
    html`<strong>${page === undefined ? properties.name : html`<a href=${page}>${properties.name}</a>`}</strong>
      ${properties.status === undefined ? '' : html`<br />${label('machineStatus', properties.status)}`}
      ${
        (properties.openAlerts ?? 0) > 0
          ? html`<br /><a href="#/alerts">${t('map.openAlerts', { count: properties.openAlerts ?? 0 })}</a>`
          : ''
      }`,
    element,
  );
  return element;
}

/**
 * The area's machines, sites, permit zones and crowded places drawn from its own GeoJSON (WGS-84),
 * so the map works with no tile server at all; a tile URL is an optional per-browser setting.
 * Leaflet draws SVG or canvas, never WebGL, so it runs in headless browsers too.
 */
export async function mapView(context: PageContext): Promise<() => void> {
  const areaId = context.params.areaId ?? context.session.user.areaId;
  const features = await getJson<MapFeatures>(`/v1/map/features${query({ areaId })}`);
  const tileUrl = localStorage.getItem(TILE_URL_KEY) ?? '';
  const alerting = features.features.filter((feature) => (feature.properties.openAlerts ?? 0) > 0).length;
  const saveTileUrl = (event: SubmitEvent) => {
    event.preventDefault();
    const value = String(new FormData(event.target as HTMLFormElement).get('tileUrl') ?? '').trim();
    if (value === '') localStorage.removeItem(TILE_URL_KEY);
    else localStorage.setItem(TILE_URL_KEY, value);
    context.refresh();
  };
  context.render(html`<section class="map-page">
    <p class="map-summary">
      <span data-testid="map-count">${t('map.features', { count: features.features.length })}</span>
      · <span data-testid="map-alerts">${t('map.openAlerts', { count: alerting })}</span>
      ${tileUrl === '' ? html` · <span class="muted">${t('map.noTiles')}</span>` : ''}
    </p>
    <div class="map" data-testid="map"></div>
    <p class="legend">
      <span class="swatch feature-machine"></span>${t('map.legendMachine')}
      <span class="swatch feature-alert"></span>${t('map.legendAlert')}
      <span class="swatch permit-zone"></span>${t('map.legendZone')}
      <span class="swatch crowded-place"></span>${t('map.legendCrowded')}
    </p>
    <form class="tile-setting" @submit=${saveTileUrl}>
      <label>${t('map.tileUrl')} <input name="tileUrl" .value=${tileUrl} /></label>
      <button type="submit">${t('common.save')}</button>
    </form>
  </section>`);
  const container = context.outlet.querySelector<HTMLElement>('.map')!;
  const map = L.map(container, { preferCanvas: features.features.length > CANVAS_THRESHOLD });
  if (tileUrl !== '') L.tileLayer(tileUrl, { maxZoom: 19 }).addTo(map);
  const layer = L.geoJSON(features, {
    style: (feature) => ZONE_STYLES[feature?.properties.kind ?? ''] ?? {},
    pointToLayer: (feature, latlng) => {
      const zone = ZONE_STYLES[feature.properties.kind];
      return zone !== undefined && feature.properties.radiusM !== undefined
        ? L.circle(latlng, { ...zone, radius: feature.properties.radiusM })
        : L.circleMarker(latlng, pointStyle(feature.properties));
    },
    onEachFeature: (feature, featureLayer) => featureLayer.bindPopup(() => popup(feature.properties)),
  }).addTo(map);
  const bounds = layer.getBounds();
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [20, 20], maxZoom: 16 });
  else map.setView(FALLBACK_CENTER, 10);
  return () => map.remove();
}
