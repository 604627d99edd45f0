package org.leagueplan.quota;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.leagueplan.progress.CountedValues;
import org.leagueplan.progress.TargetProgress;
import org.leagueplan.quota.QuotaLedger.Latest;
import org.leagueplan.quota.QuotaLedger.Standing;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A target split into quotas, and counted by no other source, is counted here: its value
 * on a day is the sum of its units' latest values as of the day (a unit that has not
 * reported counts zero), so the units' values always add up to the target's. Another
 * source (a register) takes precedence ({@link QuotaLedger}).
 */
@Component
@Transactional(readOnly = true)
class QuotaCounts implements CountedValues {

	private final QuotaLedger ledger;

	QuotaCounts(QuotaLedger ledger) {
		this.ledger = ledger;
	}

	@Override
	public Set<Long> countedAmong(Collection<Long> targetIds) {
		return this.ledger.countedHere(targetIds);
	}

	@Override
	public Map<Long, TargetProgress> valuesOfPlanOn(long planId, LocalDate day) {
		Standing standing = this.ledger.ofPlan(planId, day, false);
		Map<Long, TargetProgress> values = new HashMap<>();
		standing.byTarget().forEach((targetId, quotas) -> {
			if (standing.countedHere(targetId)) {
				values.put(targetId, sum(targetId, quotas, standing, day));
			}
		});
		return values;
	}

	@Override
	public Optional<TargetProgress> valueOfTargetOn(long targetId, LocalDate day) {
		if (this.ledger.countedHere(List.of(targetId)).isEmpty()) {
			return Optional.empty();
		}
		Standing standing = this.ledger.ofTarget(targetId, day);
		return Optional.of(sum(targetId, standing.byTarget().get(targetId), standing, day));
	}

	@Override
	public Map<Long, Instant> lastCountedOfPlanBefore(long planId, Instant until) {
		return this.ledger.lastReportedBefore(planId, until);
	}

	@Override
	public Map<Long, Map<Long, BigDecimal>> unitValuesOfPlanOn(long planId, LocalDate day) {
		Standing standing = this.ledger.ofPlan(planId, day, false);
		Map<Long, Map<Long, BigDecimal>> values = new HashMap<>();
		standing.byTarget().forEach((targetId, quotas) -> {
			if (standing.countedHere(targetId)) {
				Map<Long, BigDecimal> byUnit = new HashMap<>();
				quotas.forEach(quota -> byUnit.put(quota.getUnitId(), standing.done(quota)));
				values.put(targetId, byUnit);
			}
		});
		return values;
	}

	/**
	 * The target's value: its units' values added up; as of the latest as-of day among
	 * them (the day itself before any report), made when the last of them was made.
	 */
	private static TargetProgress sum(long targetId, List<Quota> quotas, Standing standing, LocalDate day) {
		BigDecimal total = BigDecimal.ZERO;
		LocalDate asOf = null;
		Instant reportedAt = null;
		int count = 0;
		for (Quota quota : quotas) {
			total = total.add(standing.done(quota));
			Latest latest = standing.latestOf(quota);
			if (latest != null) {
				asOf = (asOf == null || latest.asOf().isAfter(asOf)) ? latest.asOf() : asOf;
				reportedAt = (reportedAt == null || latest.reportedAt().isAfter(reportedAt)) ? latest.reportedAt()
						: reportedAt;
				count += latest.count();
			}
		}
		return new TargetProgress(targetId, total, null, (asOf != null) ? asOf : day, reportedAt, count);
	}

}
