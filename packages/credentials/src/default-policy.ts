import type { CredentialPolicy } from './policy';

/**
 * The policy shipped with the package. Periods follow the national rules as summarised in the
 * weldcode brief; sources disagree on some of them, which is why they are data a district replaces
 * by publishing its own document, never constants in code.
 */
export const DEFAULT_POLICY: CredentialPolicy = Object.freeze({
  policyId: 'weldcode-default',
  version: '2026.1',
  publisher: 'weldcode',
  effectiveFrom: '2025-09-01',
  description:
    'Default certificate policy: national validity periods, 互认 for ordinary and crowded-place work',
  warningHorizonsDays: [90, 60, 30],
  suspiciousNumber: 'warn',
  authority: { required: false, graceHours: 0 },
  certificates: {
    'em-welding': {
      nameZh: '特种作业操作证（焊接与热切割作业）',
      nameEn: 'Special operation certificate (welding and thermal cutting)',
      issuer: 'emergency-management',
      termYears: 6,
      reviewIntervalYears: 3,
      numberPatterns: ['^T?[0-9]{17}[0-9X]$'],
      numberEmbedsIdNumber: true,
    },
    'construction-welder': {
      nameZh: '建筑施工特种作业人员操作资格证（建筑焊工）',
      nameEn: 'Construction special operations certificate (construction welder)',
      issuer: 'housing-construction',
      termYears: 2,
      reviewIntervalYears: null,
      numberPatterns: ['^[\\u4e00-\\u9fa5][A-Z]?[0-9]{10,14}$'],
      numberEmbedsIdNumber: false,
    },
    'special-equipment-welding': {
      nameZh: '特种设备安全管理和作业人员证（特种设备焊接作业）',
      nameEn: 'Special equipment operator certificate (special equipment welding)',
      issuer: 'market-regulation',
      termYears: 4,
      reviewIntervalYears: null,
      numberPatterns: ['^[0-9]{17}[0-9X]$', '^[A-Z0-9]{8,20}$'],
      numberEmbedsIdNumber: true,
    },
  },
  workKinds: {
    ordinary: ['em-welding', 'construction-welder'],
    'crowded-place': ['em-welding', 'construction-welder'],
    'construction-site': ['construction-welder'],
    'special-equipment': ['special-equipment-welding'],
  },
}) as CredentialPolicy;
