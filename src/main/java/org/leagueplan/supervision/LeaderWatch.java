package org.leagueplan.supervision;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.progress.Light;
import org.leagueplan.progress.PlanJudge;
import org.leagueplan.progress.PlanJudgement;
import org.leagueplan.progress.PlanJudgement.ItemVerdict;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a leader watches: the current plan's items that are red or overdue today (the
 * judgement of {@link PlanJudge}, nothing judged again here), of the units the leader
 * follows — the units their account belongs to, or every unit for a leader who belongs to
 * none.
 */
@Service
class LeaderWatch {

	private final PlanQueries plans;

	private final PlanJudge judge;

	LeaderWatch(PlanQueries plans, PlanJudge judge) {
		this.plans = plans;
		this.judge = judge;
	}

	/** The items needing a leader's attention today, in the plan's order. */
	record Attention(PlanRef plan, List<ItemVerdict> items) {

		long red() {
			return this.items.stream().filter((item) -> item.light() == Light.RED).count();
		}

		long overdue() {
			return this.items.stream().filter(ItemVerdict::overdue).count();
		}

	}

	@Transactional(readOnly = true)
	Optional<Attention> attention(Set<Long> followedUnits) {
		return this.plans.currentPlan().map((plan) -> {
			PlanJudgement judgement = this.judge.judge(plan.id(), this.judge.defaultDay(plan.year()));
			List<ItemVerdict> items = judgement.items()
				.values()
				.stream()
				.filter((verdict) -> verdict.light() == Light.RED || verdict.overdue())
				.filter((verdict) -> followedUnits.isEmpty()
						|| followedUnits.stream().anyMatch((unit) -> verdict.item().involves(unit)))
				.toList();
			return new Attention(plan, items);
		});
	}

}
