package org.leagueplan.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.MilestoneRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.SectionRef;
import org.leagueplan.plan.PlanData.UnitRef;
import org.leagueplan.progress.Light;

/**
 * The dashboard of one plan on one day.
 */
record Dashboard(PlanRef plan, LocalDate asOf, DashboardFilter filter, int completionPercent,
		Map<Light, Long> itemsByLight, List<ItemStatus> items, List<Bar> sections, List<Bar> units,
		List<MilestoneRef> milestonesDue, List<Recent> recent, List<SectionRef> allSections, List<UnitRef> allUnits,
		org.leagueplan.progress.ProgressQueries.ReviewCounts review,
		List<org.leagueplan.quota.QuotaBoard.TargetQuotas> quotas) {

	public long count(String light) {
		return this.itemsByLight.getOrDefault(Light.valueOf(light), 0L);
	}

	/**
	 * How many items each list on the dashboard shows; its heading links to the whole
	 * list.
	 */
	public static final int LIST_LIMIT = 10;

	public List<ItemStatus> red() {
		return this.items.stream().filter(item -> item.light() == Light.RED).toList();
	}

	public List<ItemStatus> overdue() {
		return this.items.stream().filter(ItemStatus::overdue).toList();
	}

	public List<ItemStatus> stale() {
		return this.items.stream().filter(ItemStatus::stale).toList();
	}

	/** The first items of a list, the least complete first. */
	public List<ItemStatus> top(List<ItemStatus> list) {
		return list.stream()
			.sorted(java.util.Comparator.comparingInt(ItemStatus::completionPercent))
			.limit(LIST_LIMIT)
			.toList();
	}

	/** An item with its computed state. */
	public record ItemStatus(ItemRef item, String sectionLabel, String leadUnit, Light light, boolean stale,
			boolean overdue, Instant lastActivity, int completionPercent) {
	}

	/**
	 * One bar: a section or unit, its completion, light, item count and (for units)
	 * reporting rate.
	 */
	public record Bar(long id, String label, int completionPercent, Light light, int items, int reportingPercent) {
	}

	/** A recent report or update. */
	public record Recent(String subject, Long itemId, Long targetId, String narrative, Instant reportedAt) {
	}

}
