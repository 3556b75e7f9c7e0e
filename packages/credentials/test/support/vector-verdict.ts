// The vectors store verdicts and reports in the package's own JSON forms.
export {
  reverifyReportToJson as toVectorReport,
  type VerdictJson as VectorVerdict,
  verdictToJson as toVectorVerdict,
} from '../../src/index';
