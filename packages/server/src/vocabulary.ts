/**
 * The domain vocabulary shared by every weldcode package (see HELPERS.md and the spec): stable
 * string ids for storage and APIs, Chinese labels for people.
 */

/** A vocabulary entry: the stable id and the label the policy uses. */
export interface VocabularyEntry<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
}

/**
 * The welding-site sectors of the Fengxian policy (奉安委办〔2025〕20号, 二（一）). `crowded` marks the
 * sectors that count as 人员密集场所, where hot work is restricted during opening hours.
 */
export const SECTORS = [
  { id: 'industry-trade', label: '工贸', crowded: false },
  { id: 'hazardous-chemicals', label: '危化', crowded: false },
  { id: 'construction-site', label: '施工工地', crowded: false },
  { id: 'research-institution', label: '科研机构', crowded: false },
  { id: 'shipping', label: '船舶', crowded: false },
  { id: 'electric-power', label: '电力', crowded: false },
  { id: 'aerospace', label: '航空航天', crowded: false },
  { id: 'hospital', label: '医院', crowded: true },
  { id: 'elderly-care', label: '养老院', crowded: true },
  { id: 'mall-market', label: '商场（市场）', crowded: true },
  { id: 'hotel-restaurant', label: '宾馆饭店', crowded: true },
  { id: 'entertainment', label: '休闲娱乐场所', crowded: true },
  { id: 'other-crowded-place', label: '其他人员密集场所', crowded: true },
] as const;

/** A sector id, e.g. `'construction-site'`. */
export type SectorId = (typeof SECTORS)[number]['id'];

/** Machine kinds with their compact integer codes. */
export const MACHINE_KINDS = [
  { id: 'other', code: 0, label: '其他' },
  { id: 'arc', code: 1, label: '手工电弧焊' },
  { id: 'mig-mag', code: 2, label: '熔化极气体保护焊' },
  { id: 'tig', code: 3, label: '钨极氩弧焊' },
  { id: 'plasma-cutting', code: 4, label: '等离子切割' },
  { id: 'gas-cutting', code: 5, label: '气割' },
] as const;

/** A machine kind id. */
export type MachineKind = (typeof MACHINE_KINDS)[number]['id'];

/** The three welder certificates, with their integer codes and issuing authorities. */
export const CERTIFICATE_TYPES = [
  { id: 'em-welding', code: 1, label: '特种作业操作证（焊接与热切割作业）', authority: '应急管理' },
  {
    id: 'construction-welder',
    code: 2,
    label: '建筑施工特种作业人员操作资格证（建筑焊工）',
    authority: '住房和城乡建设',
  },
  {
    id: 'special-equipment-welding',
    code: 3,
    label: '特种设备安全管理和作业人员证（特种设备焊接作业）',
    authority: '市场监管',
  },
] as const;

/** A certificate type id. */
export type CertificateType = (typeof CERTIFICATE_TYPES)[number]['id'];

/** Work kinds a permit is issued for. */
export const WORK_KINDS = [
  { id: 'ordinary', label: '一般动火' },
  { id: 'crowded-place', label: '人员密集场所' },
  { id: 'construction-site', label: '施工工地' },
  { id: 'special-equipment', label: '特种设备焊接' },
] as const;

/** A work kind id. */
export type WorkKind = (typeof WORK_KINDS)[number]['id'];

/** Hot-work permit levels (GB 30871-2022) with their integer codes. */
export const PERMIT_LEVELS = [
  { id: 'special', code: 1, label: '特级动火' },
  { id: 'level-1', code: 2, label: '一级动火' },
  { id: 'level-2', code: 3, label: '二级动火' },
] as const;

/** A permit level id. */
export type PermitLevel = (typeof PERMIT_LEVELS)[number]['id'];

/** Coordinate datums. */
export const DATUMS = ['wgs84', 'gcj02', 'bd09'] as const;

/** A datum id. */
export type Datum = (typeof DATUMS)[number];
