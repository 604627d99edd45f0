package org.leagueplan.quota;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.leagueplan.progress.CountedValues;
import org.leagueplan.system.CommitteeTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each quota of a plan stands at on a day — the one fold every quota page, the
 * dashboard and {@link QuotaCounts} read. A target split into quotas is counted here
 * unless another {@link CountedValues} source (a register) counts it: that source takes
 * precedence, and its units' values are the quotas' progress. The other sources are asked
 * directly (every {@link CountedValues} bean but {@link QuotaCounts}), never through
 * {@code ProgressQueries}, which asks this module back. A quota's own value is its unit's
 * latest report as of the day (the latest as-of day wins, a later report wins a tie; only
 * reports made by now): a report made late for an earlier day counts on that day. A fixed
 * number of queries whatever the number of quotas.
 */
@Component
@Transactional(readOnly = true)
class QuotaLedger {

	private final QuotaRepository quotas;

	private final QuotaReportRepository reports;

	private final ObjectProvider<CountedValues> sources;

	private final CommitteeTime time;

	QuotaLedger(QuotaRepository quotas, QuotaReportRepository reports, ObjectProvider<CountedValues> sources,
			CommitteeTime time) {
		this.quotas = quotas;
		this.reports = reports;
		this.sources = sources;
		this.time = time;
	}

	/** The counting sources other than the quotas. */
	private List<CountedValues> others() {
		return this.sources.orderedStream().filter(source -> !(source instanceof QuotaCounts)).toList();
	}

	/** Of the given targets, those another source counts. */
	Set<Long> countedElsewhere(Collection<Long> targetIds) {
		Set<Long> counted = new HashSet<>();
		if (!targetIds.isEmpty()) {
			others().forEach(source -> counted.addAll(source.countedAmong(targetIds)));
		}
		return counted;
	}

	/** Of the given targets, those split into quotas and counted by them. */
	Set<Long> countedHere(Collection<Long> targetIds) {
		if (targetIds.isEmpty()) {
			return Set.of();
		}
		Set<Long> split = new HashSet<>(this.quotas.splitAmong(targetIds));
		if (!split.isEmpty()) {
			split.removeAll(countedElsewhere(split));
		}
		return split;
	}

	/**
	 * The plan's quotas (not archived) on the day; with {@code unitsElsewhere} also the
	 * units' values of the targets another source counts.
	 */
	Standing ofPlan(long planId, LocalDate day, boolean unitsElsewhere) {
		return standing(this.quotas.findByPlanIdAndArchivedFalseOrderByTargetIdAscIdAsc(planId), planId, day,
				unitsElsewhere);
	}

	/**
	 * One target's quotas (not archived) on the day, see {@link #ofPlan} (without other
	 * sources' unit values).
	 */
	Standing ofTarget(long targetId, LocalDate day) {
		return standing(this.quotas.findByTargetIdOrderByIdAsc(targetId).stream().filter(q -> !q.isArchived()).toList(),
				0, day, false);
	}

	private Standing standing(List<Quota> active, long planId, LocalDate day, boolean unitsElsewhere) {
		if (active.isEmpty()) {
			return new Standing(Map.of(), Set.of(), Map.of(), Map.of());
		}
		Map<Long, List<Quota>> byTarget = active.stream()
			.collect(Collectors.groupingBy(Quota::getTargetId, LinkedHashMap::new, Collectors.toList()));
		Set<Long> elsewhere = countedElsewhere(byTarget.keySet());
		List<Long> ownQuotaIds = active.stream()
			.filter(quota -> !elsewhere.contains(quota.getTargetId()))
			.map(Quota::getId)
			.toList();
		Map<Long, Latest> latest = ownQuotaIds.isEmpty() ? Map.of()
				: fold(this.reports.findOn(ownQuotaIds, day, this.time.madeByNow()));
		Map<Long, Map<Long, BigDecimal>> unitValues = new HashMap<>();
		if (unitsElsewhere && !elsewhere.isEmpty()) {
			others().forEach(source -> source.unitValuesOfPlanOn(planId, day).forEach((targetId, byUnit) -> {
				if (elsewhere.contains(targetId)) {
					unitValues.put(targetId, byUnit);
				}
			}));
		}
		return new Standing(byTarget, elsewhere, latest, unitValues);
	}

	/** Per quota, its latest report by the rule of {@link QuotaReport#supersedes}. */
	static Map<Long, Latest> fold(List<QuotaReport> inOrderMade) {
		Map<Long, Latest> latest = new HashMap<>();
		for (QuotaReport report : inOrderMade) {
			Latest before = latest.get(report.getQuotaId());
			boolean newer = report.supersedes((before != null) ? before.asOf() : null);
			latest.put(report.getQuotaId(),
					new Latest(newer ? report.getValue() : before.value(), newer ? report.getAsOf() : before.asOf(),
							report.getReportedAt(), (before != null) ? before.count() + 1 : 1));
		}
		return latest;
	}

	/**
	 * Per target counted here, when its last quota report made before {@code until} was
	 * made.
	 */
	Map<Long, Instant> lastReportedBefore(long planId, Instant until) {
		List<Quota> active = this.quotas.findByPlanIdAndArchivedFalseOrderByTargetIdAscIdAsc(planId);
		if (active.isEmpty()) {
			return Map.of();
		}
		Set<Long> elsewhere = countedElsewhere(active.stream().map(Quota::getTargetId).collect(Collectors.toSet()));
		Map<Long, Long> targetOfQuota = active.stream()
			.filter(quota -> !elsewhere.contains(quota.getTargetId()))
			.collect(Collectors.toMap(Quota::getId, Quota::getTargetId));
		Map<Long, Instant> last = new HashMap<>();
		if (!targetOfQuota.isEmpty()) {
			for (QuotaReport report : this.reports.findMadeBefore(targetOfQuota.keySet(), until)) {
				last.merge(targetOfQuota.get(report.getQuotaId()), report.getReportedAt(),
						(a, b) -> a.isAfter(b) ? a : b);
			}
		}
		return last;
	}

	/**
	 * A quota's latest report on a day: its value, as-of day, when made, how many
	 * counted.
	 */
	record Latest(BigDecimal value, LocalDate asOf, Instant reportedAt, int count) {
	}

	/**
	 * The quotas on a day: the active quotas by target, the targets another source
	 * counts, each own quota's latest report, and the other sources' unit values.
	 */
	record Standing(Map<Long, List<Quota>> byTarget, Set<Long> elsewhere, Map<Long, Latest> latest,
			Map<Long, Map<Long, BigDecimal>> unitValuesElsewhere) {

		boolean countedHere(long targetId) {
			return this.byTarget.containsKey(targetId) && !this.elsewhere.contains(targetId);
		}

		/** What the quota's unit has done towards it on the day. */
		BigDecimal done(Quota quota) {
			if (this.elsewhere.contains(quota.getTargetId())) {
				return this.unitValuesElsewhere.getOrDefault(quota.getTargetId(), Map.of())
					.getOrDefault(quota.getUnitId(), BigDecimal.ZERO);
			}
			Latest latest = this.latest.get(quota.getId());
			return (latest != null) ? latest.value() : BigDecimal.ZERO;
		}

		/** The latest report of one of the quotas counted here, or {@code null}. */
		Latest latestOf(Quota quota) {
			return this.latest.get(quota.getId());
		}

	}

}
