import type { AreaLevel } from '../registry/areas';
import type { SectorId } from '../vocabulary';

/** Who a user is to the platform; each role reads and writes only inside its scope. */
export const ROLES = [
  'city-admin',
  'district-officer',
  'town-officer',
  'sector-officer',
  'enterprise-manager',
  'enterprise-approver',
  'installer',
  'inspector',
  'worker',
  'chip',
] as const;
export type Role = (typeof ROLES)[number];

/** The sector departments of the policy's 职责分工, each supervising its own sectors. */
export const DEPARTMENTS = [
  'emergency-management',
  'construction',
  'market-regulation',
  'fire-rescue',
] as const;
export type Department = (typeof DEPARTMENTS)[number];

/**
 * Which site sectors each department reads. Policy data (a deployment may change it): 应急管理 leads
 * 工贸 and 危化 and the remaining industries; 建设管理 the construction sites; 市场监管 the
 * special-equipment producers and fillers, found in 工贸 and 危化; 消防救援 the crowded places.
 */
export const DEPARTMENT_SECTORS: Readonly<Record<Department, readonly SectorId[]>> = {
  'emergency-management': [
    'industry-trade',
    'hazardous-chemicals',
    'research-institution',
    'shipping',
    'electric-power',
    'aerospace',
  ],
  construction: ['construction-site'],
  'market-regulation': ['industry-trade', 'hazardous-chemicals'],
  'fire-rescue': [
    'hospital',
    'elderly-care',
    'mall-market',
    'hotel-restaurant',
    'entertainment',
    'other-crowded-place',
  ],
};

/** The area level each area-scoped role is bound to (`null`: no area). */
export const ROLE_AREA_LEVEL: Readonly<Record<Role, AreaLevel | 'any' | null>> = {
  'city-admin': 'city',
  'district-officer': 'district',
  'town-officer': 'town',
  'sector-officer': 'any',
  'enterprise-manager': null,
  'enterprise-approver': null,
  installer: 'any',
  inspector: 'any',
  worker: null,
  chip: null,
};

/** Roles bound to one owner (enterprise or individual). */
export const OWNER_ROLES: readonly Role[] = ['enterprise-manager', 'enterprise-approver'];

/**
 * The authenticated caller of a request: a user, with the area (and level), owner, department,
 * worker or chip that bounds what it may see and change.
 */
export interface Principal {
  readonly userId: string;
  readonly username: string;
  readonly role: Role;
  /** `null` only for the platform administrator (a city-admin bound to no city). */
  readonly areaId: string | null;
  readonly areaLevel: AreaLevel | null;
  readonly ownerId: string | null;
  readonly department: Department | null;
  readonly workerId: string | null;
  readonly chipId: string | null;
}

/** The platform administrator: a city-admin bound to no city, who may also create cities. */
export function isPlatformAdmin(principal: Principal): boolean {
  return principal.role === 'city-admin' && principal.areaId === null;
}
