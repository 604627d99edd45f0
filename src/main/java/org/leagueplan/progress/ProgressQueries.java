package org.leagueplan.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.leagueplan.system.CommitteeTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the dashboard and the reports read of progress, each in one query however many
 * targets it asks about. The one place that selects the reports that count: only
 * {@link ReportState#APPROVED approved} reports give values (latest values on a day, the
 * reports of a period, the latest reports); a pending or returned one counts only as
 * activity (people reported, {@link #lastReportedOfPlanOn}).
 */
@Service
@Transactional(readOnly = true)
public class ProgressQueries {

	private final TargetProgressRowRepository latest;

	private final PlannedValueRepository planned;

	private final ProgressReportRepository reports;

	private final ItemUpdateRepository updates;

	private final StatusSettingsRowRepository settings;

	private final EvidenceRepository evidence;

	private final CommitteeTime time;

	private final CountedTargets counted;

	private final ReviewSettingRepository reviewSettings;

	ProgressQueries(TargetProgressRowRepository latest, PlannedValueRepository planned,
			ProgressReportRepository reports, ItemUpdateRepository updates, StatusSettingsRowRepository settings,
			EvidenceRepository evidence, CommitteeTime time, CountedTargets counted,
			ReviewSettingRepository reviewSettings) {
		this.counted = counted;
		this.reviewSettings = reviewSettings;
		this.evidence = evidence;
		this.time = time;
		this.latest = latest;
		this.planned = planned;
		this.reports = reports;
		this.updates = updates;
		this.settings = settings;
	}

	public StatusSettings settings() {
		return this.settings.findById(1).map(row -> row.settings()).orElse(StatusSettings.DEFAULTS);
	}

	/** The latest state of every target of a plan that has a report. */
	public Map<Long, TargetProgress> latestOfPlan(long planId) {
		return byTarget(this.latest.findProgressByPlanId(planId));
	}

	private static Map<Long, TargetProgress> byTarget(List<TargetProgress> latest) {
		return latest.stream().collect(Collectors.toMap(TargetProgress::targetId, Function.identity()));
	}

	/**
	 * The latest state of every target of a plan on a day: only approved reports as of
	 * that day or earlier count (as far as they are made by now: a report made late for
	 * the day counts), taken in the order they were made, by the same rule as the stored
	 * latest state. A counted target ({@link CountedValues}: a register's entries, units'
	 * quotas) has the value counted on the day instead.
	 */
	public Map<Long, TargetProgress> latestOfPlanOn(long planId, LocalDate day) {
		Map<Long, TargetProgress> latest = fold(
				this.reports.findByPlanIdAndStateAndAsOfLessThanEqualAndReportedAtLessThanOrderByIdAsc(planId,
						ReportState.APPROVED, day, this.time.madeByNow()));
		latest.putAll(this.counted.valuesOfPlanOn(planId, day));
		return latest;
	}

	/**
	 * Whether the plan's review is on (审核): what is reported on it — a report, a register
	 * entry — waits for a reviewer before it counts.
	 */
	public boolean reviewIsOn(long planId) {
		return this.reviewSettings.findById(planId).map(ReviewSetting::isEnabled).orElse(false);
	}

	/**
	 * Whether the target's value is counted ({@link CountedValues}) rather than reported.
	 */
	public boolean isCounted(long targetId) {
		return this.counted.isCounted(targetId);
	}

	/**
	 * Per counted target of the plan, its value on the day by unit (see
	 * {@link CountedValues#unitValuesOfPlanOn}): the units' progress towards their
	 * quotas.
	 */
	public Map<Long, Map<Long, java.math.BigDecimal>> unitValuesOfPlanOn(long planId, LocalDate day) {
		return this.counted.unitValuesOfPlanOn(planId, day);
	}

	/** Of the given targets, the ones whose value is counted rather than reported. */
	public java.util.Set<Long> countedAmong(Collection<Long> targetIds) {
		return this.counted.countedAmong(targetIds);
	}

	/**
	 * The latest state of one target as it stood on a day, by the rule of
	 * {@link #latestOfPlanOn}.
	 */
	public TargetProgress latestOfTargetOn(long targetId, LocalDate day) {
		java.util.Optional<TargetProgress> counted = this.counted.valueOfTargetOn(targetId, day);
		if (counted.isPresent()) {
			return counted.get();
		}
		return fold(this.reports.findByTargetIdAndStateAndAsOfLessThanEqualAndReportedAtLessThanOrderByIdAsc(targetId,
				ReportState.APPROVED, day, this.time.madeByNow()))
			.get(targetId);
	}

	/**
	 * Reports taken in the order made, by the rule of the stored latest state
	 * ({@link ProgressReport#supersedes}).
	 */
	static Map<Long, TargetProgress> fold(List<ProgressReport> reports) {
		Map<Long, TargetProgress> latest = new HashMap<>();
		for (ProgressReport report : reports) {
			TargetProgress before = latest.get(report.getTargetId());
			boolean newer = report.supersedes((before != null) ? before.asOf() : null);
			latest.put(report.getTargetId(),
					new TargetProgress(report.getTargetId(), newer ? report.getValue() : before.value(),
							newer ? report.getDone() : before.done(), newer ? report.getAsOf() : before.asOf(),
							report.getReportedAt(), (before != null) ? before.reportCount() + 1 : 1));
		}
		return latest;
	}

	/**
	 * Every approved report on a plan's targets as of a day from {@code from} to
	 * {@code to} (both included), in the order made.
	 */
	public List<TargetReport> reportsOfPlan(long planId, LocalDate from, LocalDate to) {
		return this.reports.findByPlanIdAndStateAndAsOfBetweenOrderByIdAsc(planId, ReportState.APPROVED, from, to)
			.stream()
			.map(report -> new TargetReport(report.getId(), report.getTargetId(), report.getValue(), report.getDone(),
					report.getAsOf(), report.getNarrative(), report.getReason(), report.getCorrectiveAction(),
					report.getCorrectsId(), report.getReportedBy(), report.getReportedAt()))
			.toList();
	}

	/**
	 * Every status update of a plan's items made from {@code from} (included) until
	 * {@code until} (excluded).
	 */
	public List<ItemReport> itemUpdatesOfPlan(long planId, Instant from, Instant until) {
		return this.updates
			.findByPlanIdAndReportedAtGreaterThanEqualAndReportedAtLessThanOrderByIdAsc(planId, from, until)
			.stream()
			.map(update -> new ItemReport(update.getId(), update.getItemId(), update.getStatus(), update.getNarrative(),
					update.getReportedBy(), update.getReportedAt()))
			.toList();
	}

	/** The evidence of a plan's reports and item updates, in the order it was given. */
	public PlanEvidence evidenceOfPlan(long planId) {
		Map<Long, List<EvidenceRef>> byReport = new HashMap<>();
		Map<Long, List<EvidenceRef>> byUpdate = new HashMap<>();
		for (Evidence found : this.evidence.findByPlanId(planId)) {
			boolean link = Evidence.LINK.equals(found.getKind());
			EvidenceRef ref = new EvidenceRef(link, link ? found.getUrl() : found.getFileName());
			if (found.getReportId() != null) {
				byReport.computeIfAbsent(found.getReportId(), id -> new ArrayList<>()).add(ref);
			}
			else if (found.getItemUpdateId() != null) {
				byUpdate.computeIfAbsent(found.getItemUpdateId(), id -> new ArrayList<>()).add(ref);
			}
		}
		return new PlanEvidence(byReport, byUpdate);
	}

	/** The planned values of the given targets. */
	public Map<Long, List<PlannedPoint>> plannedByTarget(Collection<Long> targetIds) {
		return targetIds.isEmpty() ? Map.of() : points(this.planned.findByTargetIdInOrderByPeriodEndAsc(targetIds));
	}

	/** The planned values of every time-phased target of a plan. */
	public Map<Long, List<PlannedPoint>> plannedOfPlan(long planId) {
		return points(this.planned.findByPlanIdOrderByPeriodEndAsc(planId));
	}

	private static Map<Long, List<PlannedPoint>> points(List<PlannedValue> values) {
		Map<Long, List<PlannedPoint>> points = new HashMap<>();
		values.forEach(value -> points.computeIfAbsent(value.getTargetId(), id -> new ArrayList<>())
			.add(new PlannedPoint(value.getPeriodEnd(), value.getValue())));
		return points;
	}

	/**
	 * The instant before which an entry counts as known on a day: made by the end of the
	 * day — except on the last day of a year, the year's final account, which takes every
	 * entry made by now (the year's last reports are entered in January). Last activity,
	 * stale flags, latest reports and item status follow it.
	 */
	public Instant knownOn(LocalDate day) {
		return (day.getMonthValue() == 12 && day.getDayOfMonth() == 31) ? this.time.madeByNow() : this.time.madeBy(day);
	}

	/**
	 * Per target of a plan: when its last report known on the day ({@link #knownOn}) was
	 * made; for a counted target ({@link CountedValues}), when the last thing counted was
	 * made, if later.
	 */
	public Map<Long, Instant> lastReportedOfPlanOn(long planId, LocalDate day) {
		Map<Long, Instant> last = new HashMap<>();
		Instant until = knownOn(day);
		for (Object[] row : this.reports.lastReportedAtByTarget(planId, until)) {
			last.put((Long) row[0], (Instant) row[1]);
		}
		this.counted.lastCountedOfPlanBefore(planId, until)
			.forEach((targetId, at) -> last.merge(targetId, at, (a, b) -> a.isAfter(b) ? a : b));
		return last;
	}

	/**
	 * Per target of a plan: when each of its reports known on the day ({@link #knownOn})
	 * was made, whatever its review state (activity: people reported), in no particular
	 * order. One query.
	 */
	public Map<Long, List<Instant>> reportTimesOfPlanOn(long planId, LocalDate day) {
		Map<Long, List<Instant>> times = new HashMap<>();
		for (Object[] row : this.reports.reportTimesByTarget(planId, knownOn(day))) {
			times.computeIfAbsent((Long) row[0], target -> new ArrayList<>()).add((Instant) row[1]);
		}
		return times;
	}

	/**
	 * Per target of a plan: how many of its reports known on the day ({@link #knownOn}) a
	 * reviewer had returned by then (审核退回, the review trail's {@code RETURNED} step; a
	 * report returned and then revised still counts once, its revision is another
	 * report). Targets with none are absent. One query.
	 */
	public Map<Long, Long> returnedOfPlanOn(long planId, LocalDate day) {
		Map<Long, Long> returned = new HashMap<>();
		for (Object[] row : this.reports.returnedByTarget(planId, ReportReview.RETURNED, knownOn(day))) {
			returned.put((Long) row[0], (Long) row[1]);
		}
		return returned;
	}

	/**
	 * Every status update of a plan's items, in the order made (the order of time, then
	 * of id).
	 */
	public List<ItemReport> itemUpdatesOfPlan(long planId) {
		return this.updates.findByPlanIdOrderByReportedAtAscIdAsc(planId)
			.stream()
			.map(update -> new ItemReport(update.getId(), update.getItemId(), update.getStatus(), update.getNarrative(),
					update.getReportedBy(), update.getReportedAt()))
			.toList();
	}

	/**
	 * The ten latest reports and item updates of a plan known on the day
	 * ({@link #knownOn}), newest first.
	 */
	public List<RecentReport> recentOn(long planId, LocalDate day) {
		Instant until = knownOn(day);
		List<RecentReport> recent = new ArrayList<>();
		this.reports
			.findTop10ByPlanIdAndStateAndReportedAtLessThanOrderByReportedAtDescIdDesc(planId, ReportState.APPROVED,
					until)
			.forEach(report -> recent.add(new RecentReport(report.getTargetId(), null, report.getValue(),
					report.getDone(), report.getNarrative(), report.getReportedAt())));
		this.updates.findTop10ByPlanIdAndReportedAtLessThanOrderByReportedAtDescIdDesc(planId, until)
			.forEach(update -> recent.add(new RecentReport(null, update.getItemId(), null, null, update.getNarrative(),
					update.getReportedAt())));
		recent.sort(java.util.Comparator.comparing(RecentReport::reportedAt).reversed());
		return recent.subList(0, Math.min(10, recent.size()));
	}

	/**
	 * How many of a plan's reports wait for a reviewer and how many were returned and not
	 * yet revised, as they stand now.
	 */
	public ReviewCounts reviewCounts(long planId) {
		return new ReviewCounts(this.reports.countByPlanIdAndState(planId, ReportState.PENDING),
				this.reports.countByPlanIdAndState(planId, ReportState.RETURNED));
	}

	/** A plan's pending and returned reports. */
	public record ReviewCounts(long pending, long returned) {
	}

	/**
	 * One report on a target; {@code correctsId} names the report it corrects,
	 * {@code reportedBy} the user.
	 */
	public record TargetReport(long id, long targetId, java.math.BigDecimal value, Boolean done, LocalDate asOf,
			String narrative, String reason, String correctiveAction, Long correctsId, Long reportedBy,
			Instant reportedAt) {
	}

	/**
	 * A piece of evidence: a web link ({@code text} is its address) or an uploaded file
	 * ({@code text} its name).
	 */
	public record EvidenceRef(boolean link, String text) {
	}

	/** Evidence by report id and by item update id. */
	public record PlanEvidence(Map<Long, List<EvidenceRef>> byReport, Map<Long, List<EvidenceRef>> byUpdate) {

		public List<EvidenceRef> ofReport(long reportId) {
			return this.byReport.getOrDefault(reportId, List.of());
		}

		public List<EvidenceRef> ofUpdate(long updateId) {
			return this.byUpdate.getOrDefault(updateId, List.of());
		}

	}

	/**
	 * One status update of an item with its narrative; {@code reportedBy} names the user.
	 */
	public record ItemReport(long id, long itemId, org.leagueplan.plan.ItemStatus status, String narrative,
			Long reportedBy, Instant reportedAt) {
	}

	/**
	 * A report on a target ({@code targetId} set) or an update of an item ({@code itemId}
	 * set).
	 */
	public record RecentReport(Long targetId, Long itemId, java.math.BigDecimal value, Boolean done, String narrative,
			Instant reportedAt) {
	}

}
