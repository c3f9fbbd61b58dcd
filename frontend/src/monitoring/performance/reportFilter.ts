// The report's filter lives in the URL (?start=&end=&family=) so a report can be linked to.
import type { ProductFamily } from '../../gql/graphql';
import { FAMILIES } from '../../products/enums';
import { isIsoDate, lastCompleteQuarter, periodProblem } from './period';

export interface ReportFilter {
  start: string;
  end: string;
  family: ProductFamily | null;
}

function isFamily(value: string | null): value is ProductFamily {
  return value !== null && (FAMILIES as readonly string[]).includes(value);
}

/** The filter a URL asks for; a missing or bad period gives the last complete quarter. */
export function filterFromParams(params: URLSearchParams, today: string): ReportFilter {
  const family = params.get('family');
  const start = params.get('start');
  const end = params.get('end');
  const period =
    isIsoDate(start) && isIsoDate(end) && !periodProblem({ start, end }) ? { start, end } : lastCompleteQuarter(today);
  return { ...period, family: isFamily(family) ? family : null };
}

export function filterToParams(filter: ReportFilter): URLSearchParams {
  const params = new URLSearchParams({ start: filter.start, end: filter.end });
  if (filter.family) params.set('family', filter.family);
  return params;
}
