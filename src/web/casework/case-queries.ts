import { useQuery } from '@tanstack/react-query';
import {
  fetchFollowUps,
  fetchMeasures,
  fetchPlans,
  followUpsKey,
  measuresKey,
  plansKey,
} from './casework-api.ts';

/** A case's plans, measures and follow-ups: one query each, shared by the tabs that show them. */
export function useCasePlans(caseId: string) {
  return useQuery({ queryKey: plansKey(caseId), queryFn: ({ signal }) => fetchPlans(caseId, signal) });
}

export function useCaseMeasures(caseId: string) {
  return useQuery({ queryKey: measuresKey(caseId), queryFn: ({ signal }) => fetchMeasures(caseId, signal) });
}

export function useCaseFollowUps(caseId: string) {
  return useQuery({
    queryKey: followUpsKey(caseId),
    queryFn: ({ signal }) => fetchFollowUps(caseId, signal),
  });
}
