package org.leagueplan.quota;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.leagueplan.account.CurrentUser;
import org.leagueplan.account.Role;
import org.leagueplan.account.UserDirectory;
import org.leagueplan.plan.PlanData;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanData.UnitRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.PlanQueries.ItemContext;
import org.leagueplan.progress.PlanJudge;
import org.leagueplan.progress.PlanJudgement;
import org.leagueplan.quota.QuotaBoard.TargetQuotas;
import org.leagueplan.quota.QuotaBoard.UnitQuota;
import org.leagueplan.system.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the quota pages show: an item's split targets with their units' bars, a target's
 * split as a form, a unit's quota with its reports. Each a fixed number of queries.
 */
@Component
@Transactional(readOnly = true)
class QuotaPages {

	/** How many empty rows the split form offers to add units. */
	static final int ADD_ROWS = 3;

	private final PlanQueries plans;

	private final PlanJudge judge;

	private final QuotaBoard board;

	private final Quotas quotas;

	private final UserDirectory users;

	QuotaPages(PlanQueries plans, PlanJudge judge, QuotaBoard board, Quotas quotas, UserDirectory users) {
		this.plans = plans;
		this.judge = judge;
		this.board = board;
		this.quotas = quotas;
		this.users = users;
	}

	/** An item's quotas on the plan's default day. */
	ItemPage item(long itemId) {
		ItemContext item = this.plans.itemContext(itemId);
		PlanData data = this.plans.planData(item.plan().id());
		PlanJudgement judgement = this.judge.judge(data, this.judge.defaultDay(item.plan().year()));
		Map<Long, TargetQuotas> split = this.board.ofPlan(data, judgement);
		List<TargetQuotas> shown = new ArrayList<>();
		List<TargetRef> unsplit = new ArrayList<>();
		for (TargetRef target : data.targetsByItem().getOrDefault(itemId, List.of())) {
			if (split.containsKey(target.id())) {
				shown.add(split.get(target.id()));
			}
			else if (Quotas.splittable(target)) {
				unsplit.add(target);
			}
		}
		boolean maySplit = this.quotas.maySplitOn(itemId);
		return new ItemPage(item, judgement.day(), shown, unsplit, reportingUnits(), maySplit);
	}

	/** The units the person reports for ({@code null}: every unit, for ADMIN). */
	private Set<Long> reportingUnits() {
		CurrentUser user = this.users.current().orElse(null);
		if (user == null) {
			return Set.of();
		}
		if (user.has(Role.ADMIN)) {
			return null;
		}
		return user.has(Role.STAFF) ? user.unitIds() : Set.of();
	}

	/**
	 * A target's split as the form shows it: a row per unit with a quota, and empty rows.
	 */
	SplitPage split(long targetId, QuotaSplitForm form) {
		TargetRef target = this.plans.target(targetId);
		this.quotas.checkSplit(target);
		ItemContext item = this.plans.itemContext(target.itemId());
		List<Quota> all = this.quotas.allOf(targetId);
		Map<Long, BigDecimal> amounts = Quotas.amounts(all);
		List<UnitRef> units = this.plans.units();
		if (form.getVersion() == null) {
			form.setVersion(Quotas.splitVersion(all));
			units.stream()
				.filter(unit -> amounts.containsKey(unit.id()))
				.forEach(unit -> form.getRows().add(new QuotaSplitForm.Row(unit.id(), amounts.get(unit.id()))));
			for (int i = 0; i < ADD_ROWS; i++) {
				form.getRows().add(new QuotaSplitForm.Row());
			}
		}
		BigDecimal sum = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal goal = (target.targetValue() != null) ? target.targetValue() : BigDecimal.ZERO;
		return new SplitPage(target, item, units, Quotas.splittable(target), !amounts.isEmpty(), sum,
				sum.compareTo(goal) != 0);
	}

	/** A unit's quota on a target, with its reports. */
	ReportPage report(long targetId, long unitId) {
		Quota quota = this.quotas.quotaOf(targetId, unitId).orElseThrow(() -> new NotFoundException("quota", targetId));
		TargetRef target = this.plans.target(targetId);
		ItemContext item = this.plans.itemContext(target.itemId());
		PlanData data = this.plans.planData(item.plan().id());
		PlanJudgement judgement = this.judge.judge(data, this.judge.defaultDay(item.plan().year()));
		TargetQuotas split = this.board.ofPlan(data, judgement).get(targetId);
		UnitQuota mine = (split == null) ? null
				: split.units().stream().filter(unit -> unit.unitId() == unitId).findFirst().orElse(null);
		List<ReportLine> reports = this.quotas.reportsOf(quota)
			.stream()
			.map(report -> new ReportLine(report.getValue(), report.getAsOf(), report.getNote()))
			.toList();
		return new ReportPage(target, item, unitId, mine, split, quota.isArchived(),
				split != null && split.countedElsewhere(), this.quotas.mayReportFor(unitId), reports, judgement.day());
	}

	record ItemPage(ItemContext item, java.time.LocalDate day, List<TargetQuotas> split, List<TargetRef> unsplit,
			Set<Long> reportingUnits, boolean maySplit) {

		public boolean reportsFor(long unitId) {
			return this.reportingUnits == null || this.reportingUnits.contains(unitId);
		}

	}

	record SplitPage(TargetRef target, ItemContext item, List<UnitRef> units, boolean splittable, boolean split,
			BigDecimal sum, boolean flagged) {
	}

	record ReportPage(TargetRef target, ItemContext item, long unitId, UnitQuota quota, TargetQuotas split,
			boolean archived, boolean countedElsewhere, boolean mayReport, List<ReportLine> reports,
			java.time.LocalDate day) {
	}

	record ReportLine(BigDecimal value, java.time.LocalDate asOf, String note) {
	}

}
