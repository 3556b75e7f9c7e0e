import type { CertificateRecord } from '../../src/index';

/** A fixed test salt (tests only; vectors use their own). */
export const SALT = '000102030405060708090a0b0c0d0e0f';
/** The example number of GB 11643 itself. */
export const ID = '11010519491231002X';

export const EM: CertificateRecord = {
  type: 'em-welding',
  number: 'T11010519491231002X',
  authority: '上海市应急管理局',
  validFrom: '2024-03-01',
  validTo: '2030-02-28',
  nextReviewDate: '2027-03-01',
};
export const CW: CertificateRecord = {
  type: 'construction-welder',
  number: '沪A072025001234',
  authority: '上海市住房和城乡建设管理委员会',
  validFrom: '2025-06-01',
  validTo: '2027-05-31',
};
export const SE: CertificateRecord = {
  type: 'special-equipment-welding',
  number: '11010519491231002X',
  authority: '上海市市场监督管理局',
  validFrom: '2024-01-10',
  validTo: '2028-01-09',
};
