package org.leagueplan.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.leagueplan.dashboard.Dashboard.Bar;
import org.leagueplan.dashboard.Dashboard.ItemStatus;
import org.leagueplan.dashboard.Dashboard.Recent;
import org.leagueplan.plan.PlanData;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.MilestoneRef;
import org.leagueplan.plan.PlanData.SectionRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanData.UnitRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.progress.Light;
import org.leagueplan.progress.PlanJudge;
import org.leagueplan.progress.PlanJudgement;
import org.leagueplan.progress.PlanJudgement.ItemVerdict;
import org.leagueplan.progress.ProgressQueries;
import org.leagueplan.progress.ProgressQueries.RecentReport;
import org.leagueplan.quota.QuotaBoard;
import org.leagueplan.system.CommitteeTime;
import org.springframework.stereotype.Service;

/**
 * Builds the dashboard from the plan and its progress in a fixed number of queries,
 * whatever the plan's size: lights for every target, roll-ups per item, section and unit,
 * and the lists behind every number.
 */
@Service
class DashboardService {

	/**
	 * Units whose items were reported on within this many days, ending on the day judged,
	 * count as reporting.
	 */
	static final int REPORTING_DAYS = 30;

	/** Milestones due within this many days are listed. */
	static final int MILESTONE_DAYS = 30;

	private final PlanQueries plans;

	private final ProgressQueries progress;

	private final PlanJudge judge;

	private final CommitteeTime time;

	private final QuotaBoard quotas;

	DashboardService(PlanQueries plans, ProgressQueries progress, PlanJudge judge, CommitteeTime time,
			QuotaBoard quotas) {
		this.quotas = quotas;
		this.plans = plans;
		this.progress = progress;
		this.judge = judge;
		this.time = time;
	}

	/**
	 * The day lights are judged on when none is asked for
	 * ({@link PlanJudge#defaultDay(int)}).
	 */
	public LocalDate defaultDay(int planYear) {
		return this.judge.defaultDay(planYear);
	}

	/**
	 * The dashboard of the plan on the asked day (by default
	 * {@link PlanJudge#defaultDay(int)}), as {@link PlanJudge#judge} judges it: values as
	 * of the day, activity, rates and latest reports made by its end.
	 */
	public Dashboard build(long planId, DashboardFilter requested) {
		PlanData data = this.plans.planData(planId);
		LocalDate day = (requested.asOf() != null) ? requested.asOf() : defaultDay(data.plan().year());
		DashboardFilter filter = new DashboardFilter(requested.sectionId(), requested.unitId(), requested.light(),
				requested.stale(), requested.overdue(), day);
		PlanJudgement judgement = this.judge.judge(data, day);
		Map<Long, String> unitNames = data.units().stream().collect(Collectors.toMap(UnitRef::id, UnitRef::name));

		List<ItemStatus> all = new ArrayList<>();
		for (ItemVerdict verdict : judgement.items().values()) {
			all.add(itemStatus(verdict, data, unitNames));
		}
		List<ItemStatus> inScope = all.stream()
			.filter(status -> filter.sectionId() == null || data.topSection(status.item()).id() == filter.sectionId())
			.filter(status -> filter.unitId() == null || status.item().involves(filter.unitId()))
			.toList();
		List<ItemStatus> listed = inScope.stream()
			.filter(status -> filter.light() == null || status.light() == filter.light())
			.filter(status -> !filter.stale() || status.stale())
			.filter(status -> !filter.overdue() || status.overdue())
			.toList();
		Map<Light, Long> byLight = new EnumMap<>(Light.class);
		inScope.forEach(status -> byLight.merge(status.light(), 1L, Long::sum));

		Instant reportingSince = this.time.startOfDay(day.minusDays(REPORTING_DAYS - 1));
		List<Bar> sectionBars = new ArrayList<>();
		for (SectionRef section : data.topSections()) {
			List<ItemStatus> items = inScope.stream()
				.filter(status -> data.topSection(status.item()).id() == section.id())
				.toList();
			sectionBars.add(bar(section.id(), section.label() + section.title(), items, reportingSince, judgement));
		}
		List<Bar> unitBars = new ArrayList<>();
		for (UnitRef unit : data.units()) {
			List<ItemStatus> items = inScope.stream().filter(status -> status.item().involves(unit.id())).toList();
			if (!items.isEmpty()) {
				unitBars.add(bar(unit.id(), unit.name(), items, reportingSince, judgement));
			}
		}
		List<Long> scopeItemIds = inScope.stream().map(status -> status.item().id()).toList();
		List<MilestoneRef> due = data.milestones()
			.stream()
			.filter(milestone -> scopeItemIds.contains(milestone.itemId()) && !milestone.done())
			.filter(milestone -> !milestone.dueDate().isBefore(day)
					&& !milestone.dueDate().isAfter(day.plusDays(MILESTONE_DAYS)))
			.toList();
		return new Dashboard(data.plan(), day, filter,
				percent(inScope.stream().mapToInt(ItemStatus::completionPercent).average().orElse(0) / 100), byLight,
				listed, sectionBars, unitBars, due, recent(data, planId, day), data.topSections(), data.units(),
				this.progress.reviewCounts(planId),
				this.quotas.ofPlan(data, judgement)
					.values()
					.stream()
					.filter(split -> scopeItemIds.contains(split.itemId()))
					.toList());
	}

	private static ItemStatus itemStatus(ItemVerdict verdict, PlanData data, Map<Long, String> unitNames) {
		ItemRef item = verdict.item();
		String leadUnit = (item.leadUnitId() != null) ? unitNames.get(item.leadUnitId()) : null;
		return new ItemStatus(item, data.placeLabel(item), leadUnit, verdict.light(), verdict.stale(),
				verdict.overdue(), verdict.lastActivity(), percent(verdict.judged().completion()));
	}

	/**
	 * A bar: its items' lights rolled up and their completion averaged, as judged; a
	 * started item reports when its last activity (by the end of the day) is since
	 * {@code recent}.
	 */
	private static Bar bar(long id, String label, List<ItemStatus> items, Instant recent, PlanJudgement judgement) {
		long started = items.stream().filter(status -> status.light() != Light.NOT_STARTED).count();
		long reporting = items.stream()
			.filter(status -> status.light() != Light.NOT_STARTED)
			.filter(status -> status.lastActivity() != null && !status.lastActivity().isBefore(recent))
			.count();
		return new Bar(id, label,
				percent(items.stream().mapToInt(ItemStatus::completionPercent).average().orElse(0) / 100),
				judgement.rollup(items.stream().map(ItemStatus::light).toList()), items.size(),
				(started == 0) ? 0 : percent((double) reporting / started));
	}

	private List<Recent> recent(PlanData data, long planId, LocalDate day) {
		Map<Long, TargetRef> targets = data.targets()
			.stream()
			.collect(Collectors.toMap(TargetRef::id, Function.identity()));
		Map<Long, ItemRef> items = data.items().stream().collect(Collectors.toMap(ItemRef::id, Function.identity()));
		List<Recent> recent = new ArrayList<>();
		for (RecentReport report : this.progress.recentOn(planId, day)) {
			if (report.targetId() != null) {
				TargetRef target = targets.get(report.targetId());
				if (target == null) {
					continue;
				}
				recent.add(new Recent(target.name(), target.itemId(), target.id(), report.narrative(),
						report.reportedAt()));
			}
			else if (items.containsKey(report.itemId())) {
				ItemRef item = items.get(report.itemId());
				recent.add(new Recent(item.heading(), item.id(), null, report.narrative(), report.reportedAt()));
			}
		}
		return recent;
	}

	private static int percent(double share) {
		return (int) Math.round(share * 100);
	}

}
