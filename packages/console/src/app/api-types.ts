/** The shapes the console reads from the supervision API (a subset of the server's schemas). */
import type { FeatureCollection, Geometry } from 'geojson';

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: string;
  areaId: string;
  ownerId?: string | null;
  sector?: string | null;
}

export interface LoginResult {
  token: string;
  expiresAt: string;
  user: User;
}

export interface Totals {
  sites: number;
  machines: number;
  chippedMachines: number;
  codedMachines: number;
  workers: number;
  certifiedWorkers: number;
  trainedWorkers: number;
}

export interface AreaRef {
  id: string;
  name: string;
  level: string;
}

export interface Progress {
  area: AreaRef;
  asOf: string;
  targets: { date: string; share: number }[];
  totals: Totals;
  children: { area: AreaRef; totals: Totals }[];
  bySector: { sector: string; totals: Totals }[];
}

export interface Alert {
  id: string;
  kind: string;
  severity: string;
  state: string;
  machineId?: string | null;
  siteId?: string | null;
  townId?: string | null;
  openedAt: string;
  lastSeenAt: string;
  count: number;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Machine {
  id: string;
  codeNo: number;
  ownerId: string;
  siteId: string;
  brand: string;
  model: string;
  serial: string;
  kind: string;
  status: string;
  chipId: string | null;
  plateId: string | null;
  createdAt: string;
}

export interface Permit {
  id: string;
  codeNo: number;
  siteId: string;
  level: string;
  workKind: string;
  startsAt: string;
  endsAt: string;
  zone: { datum: string; geometry: Geometry; radiusM?: number };
  fireWatcherId: string;
  machineIds: string[];
  workerIds: string[];
  applicant: string;
  state: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  createdAt: string;
}

export interface MapFeatureProperties {
  kind: string;
  id: string;
  name: string;
  status?: string;
  openAlerts?: number;
  /** A circular zone drawn as a Point with a radius in metres. */
  radiusM?: number;
}

export type MapFeatures = FeatureCollection<Geometry, MapFeatureProperties>;
