import './styles.css';
import { renderChrome } from './chrome';
import { language, setLanguage } from './i18n/i18n';
import { type Route, startRouter } from './router';
import { alertsView } from './views/alerts-view';
import { loginView } from './views/login-view';
import { machineListView, machineView } from './views/machine-views';
import { overviewView } from './views/overview-view';
import { permitListView, permitView } from './views/permit-views';

// Leaflet is most of the bundle: load it when the map is opened, not for the first screen.
const mapView: Route['page'] = async (context) => (await import('./views/map-view')).mapView(context);

const ROUTES: readonly Route[] = [
  { pattern: /^\/$/, page: overviewView },
  { pattern: /^\/areas\/(?<areaId>[^/]+)$/, page: overviewView },
  { pattern: /^\/map$/, page: mapView },
  { pattern: /^\/map\/(?<areaId>[^/]+)$/, page: mapView },
  { pattern: /^\/alerts$/, page: alertsView },
  { pattern: /^\/machines$/, page: machineListView },
  { pattern: /^\/machines\/(?<id>[^/]+)$/, page: machineView },
  { pattern: /^\/permits$/, page: permitListView },
  { pattern: /^\/permits\/(?<id>[^/]+)$/, page: permitView },
];

const root = document.getElementById('app')!;
setLanguage(language());
startRouter({
  routes: ROUTES,
  login: loginView,
  chrome: (session, outlet, rerender) => renderChrome(root, session, outlet, rerender),
  root,
});
