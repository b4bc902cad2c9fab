import type { TargetType } from '@app/mapping-rules';
import type { UserTargetRow } from '../sync/derive-assignments';
import type { ConflictSide, ExclusiveSlot, ConflictType } from './conflict-types';

/** A syncing mapping reaching the user, with when it was made ("the earlier mapping" breaks ties). */
export interface Candidate extends UserTargetRow {
  mappedAt: string;
}

/** What org-entities holds for the user now, from SCIM: used to tell "current" from "incoming". */
export interface CurrentTargets {
  concurrencyGroupId: string | null;
  subOrganizationId: string | null;
  teamIds: readonly string[];
}

export interface OpenConflict {
  id: string;
  slot: ExclusiveSlot;
  type: ConflictType;
  current: ConflictSide;
  incoming: ConflictSide;
}

export interface RememberedDecision {
  slot: ExclusiveSlot;
  winner: { groupId: string; entityId: string };
}

/** A user's exclusive slot that several groups compete for, before anyone decided who is current. */
export interface Situation {
  userId: string;
  slot: ExclusiveSlot;
  type: ConflictType;
  /** Every candidate taking part; for cross-type, the sub-org side plus the teams/CGs of other groups. */
  candidates: Candidate[];
  /** The two representatives a decision is remembered for; null when more than two targets compete. */
  pair: [Candidate, Candidate] | null;
}

export type ConflictOutcome =
  | { kind: 'open'; situation: Situation; current: ConflictSide; incoming: ConflictSide; existing: OpenConflict | null }
  | { kind: 'decided'; situation: Situation; winner: { groupId: string; entityId: string } };

export interface UserArbitration {
  /** Candidates that must not reach the user: the losing side, or the incoming side while open. */
  withheld: Candidate[];
  outcomes: ConflictOutcome[];
}

const side = ({ groupId, targetType, entityId }: Candidate): ConflictSide => ({ groupId, targetType, entityId });
const sameSide = (a: { groupId: string; entityId: string }, b: { groupId: string; entityId: string }) => a.groupId === b.groupId && a.entityId === b.entityId;
const earlier = (a: Candidate, b: Candidate) => a.mappedAt.localeCompare(b.mappedAt) || a.groupId.localeCompare(b.groupId) || a.entityId.localeCompare(b.entityId);
const earliest = (candidates: Candidate[]) => [...candidates].sort(earlier)[0];

/** Representative of each distinct target, earliest mapping first. */
function perTarget(candidates: Candidate[]): Candidate[] {
  const byEntity = new Map<string, Candidate>();
  for (const c of [...candidates].sort(earlier)) if (!byEntity.has(c.entityId)) byEntity.set(c.entityId, c);
  return [...byEntity.values()];
}

/**
 * The competitions in one user's candidates (docs/assignments.md, conflicts). Only different groups compete: a group that
 * maps to both a sub-org and a concurrency group gives the user both.
 */
export function detectSituations(userId: string, candidates: readonly Candidate[]): Situation[] {
  const situations: Situation[] = [];
  const exclusive = (slot: ExclusiveSlot, type: ConflictType) => {
    const slotCandidates = candidates.filter((c) => c.targetType === slot);
    const targets = perTarget(slotCandidates);
    if (targets.length < 2) return false;
    situations.push({ userId, slot, type, candidates: slotCandidates, pair: targets.length === 2 ? [targets[0], targets[1]] : null });
    return true;
  };
  exclusive('concurrency_group', 'exclusive_concurrency_group');
  if (!exclusive('sub_organization', 'exclusive_sub_org')) {
    const subOrg = candidates.filter((c) => c.targetType === 'sub_organization');
    const subOrgGroups = new Set(subOrg.map((c) => c.groupId));
    const others = candidates.filter((c) => c.targetType !== 'sub_organization' && !subOrgGroups.has(c.groupId));
    if (subOrg.length > 0 && others.length > 0) {
      // A concurrency group stands for its side before a team: it is what the sub-org would displace.
      const otherRep = earliest(others.filter((c) => c.targetType === 'concurrency_group')) ?? earliest(others);
      situations.push({ userId, slot: 'sub_organization', type: 'cross_type', candidates: [...subOrg, ...others], pair: [earliest(subOrg), otherRep] });
    }
  }
  return situations;
}

function holds(current: CurrentTargets, c: Candidate): boolean {
  if (c.targetType === 'team') return current.teamIds.includes(c.entityId);
  return (c.targetType === 'concurrency_group' ? current.concurrencyGroupId : current.subOrganizationId) === c.entityId;
}

/** "Current" is the side the user is in now; where the user is in neither, the earlier mapping. */
export function orient(situation: Situation, current: CurrentTargets): { current: Candidate; incoming: Candidate } {
  const reps = situation.pair ?? perTarget(situation.candidates);
  const held = reps.find((c) => holds(current, c)) ?? earliest(reps);
  const incoming = earliest(reps.filter((c) => c !== held && (situation.type === 'cross_type' || c.entityId !== held.entityId)));
  return { current: held, incoming };
}

/** The candidates a side's defeat takes away from the user. */
function losers(situation: Situation, winner: { groupId: string; entityId: string; targetType: TargetType }): Candidate[] {
  if (situation.type !== 'cross_type') return situation.candidates.filter((c) => c.entityId !== winner.entityId);
  const subOrgWins = winner.targetType === 'sub_organization';
  return situation.candidates.filter((c) => (c.targetType === 'sub_organization') !== subOrgWins);
}

export function decisionKey(slot: ExclusiveSlot, a: { groupId: string; entityId: string }, b: { groupId: string; entityId: string }): string {
  return [slot, ...[`${a.groupId}/${a.entityId}`, `${b.groupId}/${b.entityId}`].sort()].join('|');
}

function matchesOpen(situation: Situation, open: OpenConflict): boolean {
  const taking = (s: ConflictSide) => situation.candidates.some((c) => sameSide(c, s) && c.targetType === s.targetType);
  const representative = (s: ConflictSide) => (situation.pair ?? perTarget(situation.candidates)).some((c) => sameSide(c, s));
  return open.type === situation.type && taking(open.current) && taking(open.incoming) && representative(open.current) && representative(open.incoming);
}

/**
 * Decides, for one user, what every situation does to their assignments: a remembered decision
 * applies its winner; otherwise the conflict is (still) open and the current side applies.
 * Pure: the same state always gives the same answer, which is what makes reconcile idempotent.
 */
export function arbitrate(
  situations: readonly Situation[],
  open: readonly OpenConflict[],
  decisions: ReadonlyMap<string, RememberedDecision>,
  current: CurrentTargets,
): UserArbitration {
  const result: UserArbitration = { withheld: [], outcomes: [] };
  for (const situation of situations) {
    const decision = situation.pair && decisions.get(decisionKey(situation.slot, situation.pair[0], situation.pair[1]));
    if (decision) {
      const winner = situation.pair!.find((c) => sameSide(c, decision.winner))!;
      result.withheld.push(...losers(situation, winner));
      result.outcomes.push({ kind: 'decided', situation, winner: decision.winner });
      continue;
    }
    const existing = open.find((o) => o.slot === situation.slot && matchesOpen(situation, o)) ?? null;
    const oriented = existing
      ? { current: existing.current, incoming: existing.incoming }
      : (({ current: c, incoming: i }) => ({ current: side(c), incoming: side(i) }))(orient(situation, current));
    // The user keeps the current side (the earlier mapping if they held neither): recomputing
    // gives the same target every time, and exactly one even when two pushes race.
    const held = situation.candidates.find((c) => sameSide(c, oriented.current) && c.targetType === oriented.current.targetType)!;
    result.withheld.push(...losers(situation, held));
    result.outcomes.push({ kind: 'open', situation, current: oriented.current, incoming: oriented.incoming, existing });
  }
  return result;
}
