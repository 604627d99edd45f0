package org.leagueplan.progress;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.PlanData;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.MilestoneRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.PlanQueries.ItemContext;
import org.leagueplan.progress.PlanJudgement.ItemVerdict;
import org.leagueplan.progress.ProgressQueries.ItemReport;
import org.leagueplan.progress.StatusRules.ItemJudgement;
import org.leagueplan.progress.StatusRules.Period;
import org.leagueplan.system.CommitteeTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judges a plan on a day (docs/status-rules.md, "Judging a day"): the values are those of
 * approved reports as of the day or earlier (a report made late for the day counts, and
 * so does one approved late: {@link ProgressQueries} selects them); what tells whether
 * people reported — the last activity, the silent (stale) flag, the reporting rate, the
 * latest reports, an item's status updates — counts only what was made by the end of the
 * day in the committee's zone. Nothing made after now counts. The one judgement the
 * dashboard, the target pages ({@link #target}), the print and Word report and the Excel
 * export read, the one a report being made is judged by ({@link #targetWith}, see
 * {@link ReportRules}), and the one rule for the day they judge when none is asked for. A
 * fixed number of queries, whatever the plan's size.
 */
@Service
@Transactional(readOnly = true)
public class PlanJudge {

	private final PlanQueries plans;

	private final ProgressQueries progress;

	private final CommitteeTime time;

	PlanJudge(PlanQueries plans, ProgressQueries progress, CommitteeTime time) {
		this.plans = plans;
		this.progress = progress;
		this.time = time;
	}

	/** The plan with the id on the day, see {@link #judge(PlanData, LocalDate)}. */
	public PlanJudgement judge(long planId, LocalDate day) {
		return judge(this.plans.planData(planId), day);
	}

	/** Today in the committee's zone. */
	public LocalDate today() {
		return this.time.today();
	}

	/**
	 * The day a plan is judged on when none is asked for, and the day a report form
	 * proposes: today in the committee's zone, within the plan's year — its last day once
	 * the year is over, its first day before it begins.
	 */
	public LocalDate defaultDay(int planYear) {
		return defaultDay(planYear, today());
	}

	/** {@link #defaultDay(int)} for a given today. */
	public static LocalDate defaultDay(int planYear, LocalDate today) {
		LocalDate first = LocalDate.of(planYear, 1, 1);
		LocalDate last = LocalDate.of(planYear, 12, 31);
		return today.isBefore(first) ? first : today.isAfter(last) ? last : today;
	}

	/** The day a period is judged on: its last day, or today while it runs. */
	public LocalDate judgedOn(LocalDate periodEnd) {
		LocalDate today = today();
		return periodEnd.isAfter(today) ? today : periodEnd;
	}

	/**
	 * The plan on the day: every item's light, completion, flags and last activity (see
	 * the class comment).
	 */
	public PlanJudgement judge(PlanData data, LocalDate day) {
		long planId = data.plan().id();
		int year = data.plan().year();
		Instant until = this.progress.knownOn(day);
		StatusSettings settings = this.progress.settings();
		Map<Long, TargetProgress> latest = this.progress.latestOfPlanOn(planId, day);
		Map<Long, List<PlannedPoint>> planned = this.progress.plannedOfPlan(planId);

		// the last activity of each item by the end of the day: its targets' reports and
		// its own updates
		Map<Long, Long> itemOfTarget = data.targets()
			.stream()
			.collect(Collectors.toMap(TargetRef::id, TargetRef::itemId));
		BinaryOperator<Instant> later = (a, b) -> a.isAfter(b) ? a : b;
		Map<Long, Instant> activity = new HashMap<>();
		this.progress.lastReportedOfPlanOn(planId, day).forEach((targetId, at) -> {
			Long itemId = itemOfTarget.get(targetId);
			if (itemId != null) {
				activity.merge(itemId, at, later);
			}
		});
		List<ItemReport> updates = this.progress.itemUpdatesOfPlan(planId);
		for (ItemReport update : updates) {
			if (update.reportedAt().isBefore(until)) {
				activity.merge(update.itemId(), update.reportedAt(), later);
			}
		}
		Map<Long, ItemRef> itemsOn = itemsAsOf(data.items(), updates, until);

		Map<Long, List<TargetRef>> targetsByItem = data.targetsByItem();
		Map<Long, List<MilestoneRef>> milestonesByItem = data.milestonesByItem();
		Instant staleBefore = this.time.startOfDay(day).minus(Duration.ofDays(settings.staleDays()));
		Map<Long, ItemVerdict> items = new LinkedHashMap<>();
		for (ItemRef original : data.items()) {
			ItemRef item = itemsOn.get(original.id());
			ItemJudgement judged = StatusRules.item(item, year, targetsByItem.getOrDefault(item.id(), List.of()),
					milestonesByItem.getOrDefault(item.id(), List.of()), latest, planned, day, settings);
			LocalDate start = (item.startDate() != null) ? item.startDate() : LocalDate.of(year, 1, 1);
			Instant lastActivity = activity.get(item.id());
			boolean started = !day.isBefore(start.plusDays(settings.staleDays()));
			boolean stale = judged.light() != Light.ACHIEVED && judged.light() != Light.NOT_STARTED && started
					&& (lastActivity == null || lastActivity.isBefore(staleBefore));
			items.put(item.id(), new ItemVerdict(item, judged, lastActivity, stale));
		}
		return new PlanJudgement(day, settings, latest, planned, items);
	}

	/**
	 * One target on the day, lit as {@link #judge} lights it within its plan: its latest
	 * value as of the day (made by now), its planned values, the stored settings.
	 */
	public TargetVerdict target(TargetRef target, ItemContext item, LocalDate day) {
		return verdict(target, item, this.progress.latestOfTargetOn(target.id(), day), day);
	}

	/**
	 * The target on the day were {@code latest} its latest report: how a report being
	 * made would leave it (judged on the report's as-of day).
	 */
	public TargetVerdict targetWith(TargetRef target, ItemContext item, TargetProgress latest, LocalDate day) {
		return verdict(target, item, latest, day);
	}

	private TargetVerdict verdict(TargetRef target, ItemContext item, TargetProgress latest, LocalDate day) {
		Period period = Period.of(target, item.startDate(), item.endDate(), item.plan().year());
		List<PlannedPoint> planned = this.progress.plannedByTarget(List.of(target.id()))
			.getOrDefault(target.id(), List.of());
		return new TargetVerdict(StatusRules.target(target, period, latest, planned, day, this.progress.settings()),
				StatusRules.actual(target, latest), StatusRules.expected(target, period, planned, day), planned);
	}

	/**
	 * A unit's share of a target (a quota, 任务分解) on a day, lit as the target would be
	 * were its value {@code amount} and its baseline zero, with {@code done} reported:
	 * the same period (the item's start to the target's due date), the same thresholds
	 * from the settings; the target's planned values, if it is time-phased, scaled to the
	 * share ({@code amount} / target value, to two decimals). No query: the caller gives
	 * the target's planned values and the settings, so a page of many shares reads them
	 * once.
	 */
	public static TargetVerdict share(TargetRef target, Period period, List<PlannedPoint> planned,
			StatusSettings settings, BigDecimal amount, BigDecimal done, LocalDate day) {
		TargetRef shaped = new TargetRef(target.id(), target.itemId(), target.name(), target.kind(),
				target.comparator(), amount, target.unitLabel(), null, target.dueDate());
		BigDecimal goal = target.targetValue();
		List<PlannedPoint> scaled = (goal == null || goal.signum() == 0) ? List.of()
				: planned.stream()
					.map(point -> new PlannedPoint(point.periodEnd(),
							point.value().multiply(amount).divide(goal, 2, java.math.RoundingMode.HALF_UP)))
					.toList();
		TargetProgress latest = new TargetProgress(target.id(), done, null, day, null, 0);
		return new TargetVerdict(StatusRules.target(shaped, period, latest, scaled, day, settings),
				StatusRules.actual(shaped, latest), StatusRules.expected(shaped, period, scaled, day), scaled);
	}

	/**
	 * A target on a day: its light, its actual value, the value expected by then, and its
	 * planned values.
	 */
	public record TargetVerdict(Light light, BigDecimal actual, BigDecimal expected, List<PlannedPoint> planned) {
	}

	/**
	 * The items with their status as it stood before {@code until}: an item's last status
	 * update made by then, or — when it had updates, all made later — not started; an
	 * item never updated keeps the status the plan stores. The one rule {@link #judge}
	 * follows, for callers that need an item's status on several days (supervision's
	 * reports due). Keyed by item id, in the given order.
	 * @param updates the plan's status updates in the order made
	 * ({@link ProgressQueries#itemUpdatesOfPlan(long)})
	 */
	public static Map<Long, ItemRef> itemsAsOf(List<ItemRef> items, List<ItemReport> updates, Instant until) {
		Map<Long, ItemStatus> statusOn = new HashMap<>();
		Map<Long, Boolean> changedLater = new HashMap<>();
		for (ItemReport update : updates) {
			if (update.reportedAt().isBefore(until)) {
				statusOn.put(update.itemId(), update.status());
			}
			else {
				changedLater.put(update.itemId(), true);
			}
		}
		Map<Long, ItemRef> asOf = new LinkedHashMap<>();
		for (ItemRef item : items) {
			boolean updated = changedLater.containsKey(item.id()) || statusOn.containsKey(item.id());
			asOf.put(item.id(),
					updated ? withStatus(item, statusOn.getOrDefault(item.id(), ItemStatus.NOT_STARTED)) : item);
		}
		return asOf;
	}

	private static ItemRef withStatus(ItemRef item, ItemStatus status) {
		return new ItemRef(item.id(), item.sectionId(), item.number(), item.heading(), item.leadUnitId(),
				item.assistUnitIds(), item.ownerId(), item.ownerName(), item.startDate(), item.endDate(), status);
	}

}
