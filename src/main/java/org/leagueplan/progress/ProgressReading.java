package org.leagueplan.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.leagueplan.account.UserDirectory;
import org.leagueplan.account.UserSummary;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanPermissions;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.PlanQueries.ItemContext;
import org.leagueplan.progress.StatusRules.Period;
import org.leagueplan.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a target's or an item's progress history for its pages, and the chart data.
 */
@Service
@Transactional(readOnly = true)
class ProgressReading {

	private final ProgressReportRepository reports;

	private final ItemUpdateRepository updates;

	private final EvidenceRepository evidence;

	private final EvidenceContentRepository contents;

	private final PlanQueries plans;

	private final PlanPermissions permissions;

	private final ProgressQueries queries;

	private final UserDirectory users;

	private final PlanJudge judge;

	private final ReportReviewRepository trail;

	ProgressReading(ProgressReportRepository reports, ItemUpdateRepository updates, EvidenceRepository evidence,
			EvidenceContentRepository contents, PlanQueries plans, PlanPermissions permissions, ProgressQueries queries,
			UserDirectory users, PlanJudge judge, ReportReviewRepository trail) {
		this.trail = trail;
		this.reports = reports;
		this.updates = updates;
		this.evidence = evidence;
		this.contents = contents;
		this.plans = plans;
		this.permissions = permissions;
		this.queries = queries;
		this.users = users;
		this.judge = judge;
	}

	/**
	 * A target's page: judged by {@link PlanJudge#target} on its plan's default day
	 * ({@link PlanJudge#defaultDay}), as the dashboard is.
	 */
	public TargetProgressView target(long targetId) {
		TargetRef target = this.plans.target(targetId);
		ItemContext item = this.plans.itemContext(target.itemId());
		LocalDate today = this.judge.defaultDay(item.plan().year());
		PlanJudge.TargetVerdict verdict = this.judge.target(target, item, today);
		List<ProgressReport> history = this.reports.findByTargetIdOrderByReportedAtDescIdDesc(targetId);
		Map<Long, List<Evidence>> files = this.evidence
			.findByReportIdInOrderByIdAsc(history.stream().map(ProgressReport::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(Evidence::getReportId));
		Map<Long, List<ReportReview>> trail = this.trail
			.findByReportIdInOrderByIdAsc(history.stream().map(ProgressReport::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(ReportReview::getReportId));
		List<Long> people = new ArrayList<>(history.stream().map(ProgressReport::getReportedBy).toList());
		trail.values().forEach(steps -> steps.forEach(step -> people.add(step.getActorId())));
		long pending = history.stream().filter(ProgressReport::isPending).count();
		return new TargetProgressView(target, item, verdict.light(), verdict.actual(), verdict.expected(), today,
				history, files, names(people), verdict.planned(), this.permissions.mayReportOn(target.itemId()), trail,
				pending, this.queries.isCounted(targetId));
	}

	public ItemUpdatesView item(long itemId) {
		ItemContext item = this.plans.itemContext(itemId);
		List<ItemUpdate> history = this.updates.findByItemIdOrderByReportedAtDescIdDesc(itemId);
		Map<Long, List<Evidence>> files = this.evidence
			.findByItemUpdateIdInOrderByIdAsc(history.stream().map(ItemUpdate::getId).toList())
			.stream()
			.collect(Collectors.groupingBy(Evidence::getItemUpdateId));
		return new ItemUpdatesView(item, history, files,
				names(history.stream().map(ItemUpdate::getReportedBy).toList()), this.permissions.mayReportOn(itemId));
	}

	/**
	 * Actual values (as reported, by date) and the expected line, for the target's chart.
	 */
	public Chart chart(long targetId) {
		TargetRef target = this.plans.target(targetId);
		ItemContext item = this.plans.itemContext(target.itemId());
		Period period = Period.of(target, item.startDate(), item.endDate(), item.plan().year());
		List<PlannedPoint> planned = this.queries.plannedByTarget(List.of(targetId)).getOrDefault(targetId, List.of());
		List<String> dates = new ArrayList<>();
		List<BigDecimal> actual = new ArrayList<>();
		List<BigDecimal> expected = new ArrayList<>();
		dates.add(period.start().toString());
		actual.add(StatusRules.actual(target, null));
		expected.add(StatusRules.expected(target, period, planned, period.start()));
		for (ProgressReport report : this.reports.findByTargetIdAndStateOrderByAsOfAscIdAsc(targetId,
				ReportState.APPROVED)) {
			dates.add(report.getAsOf().toString());
			actual.add(target.kind().isNumeric() ? report.getValue()
					: Boolean.TRUE.equals(report.getDone()) ? BigDecimal.ONE : BigDecimal.ZERO);
			expected.add(StatusRules.expected(target, period, planned, report.getAsOf()));
		}
		dates.add(period.due().toString());
		actual.add(null);
		expected.add(StatusRules.expected(target, period, planned, period.due()));
		return new Chart(target.name(), target.unitLabel(), target.targetValue(), dates, actual, expected);
	}

	/**
	 * The returned report on the target that a revision starts from; refused (404) when
	 * it is not a returned report of this target.
	 */
	public ProgressReport returned(long targetId, long reportId) {
		return this.reports.findById(reportId)
			.filter(report -> report.getTargetId() == targetId && report.getState() == ReportState.RETURNED)
			.orElseThrow(() -> new NotFoundException("report", reportId));
	}

	/** Whether the report waits for a reviewer. */
	public boolean isPending(long reportId) {
		return this.reports.findById(reportId).map(ProgressReport::isPending).orElse(false);
	}

	public Evidence evidence(long evidenceId) {
		return this.evidence.findById(evidenceId).orElseThrow(() -> new NotFoundException("evidence", evidenceId));
	}

	public byte[] content(long evidenceId) {
		return this.contents.findById(evidenceId)
			.orElseThrow(() -> new NotFoundException("evidence", evidenceId))
			.getContent();
	}

	/** The names of the people who made the reports. */
	Map<Long, String> reporterNames(List<ProgressReport> made) {
		return names(made.stream().map(ProgressReport::getReportedBy).toList());
	}

	private Map<Long, String> names(Collection<Long> userIds) {
		return this.users.findByIds(userIds.stream().filter(Objects::nonNull).collect(Collectors.toSet()))
			.values()
			.stream()
			.collect(Collectors.toMap(UserSummary::id, UserSummary::displayName));
	}

	public record ItemUpdatesView(ItemContext item, List<ItemUpdate> history, Map<Long, List<Evidence>> evidence,
			Map<Long, String> reporters, boolean mayReport) {
	}

	/** The chart's series; {@code actual} has no value at the due date. */
	public record Chart(String name, String unit, BigDecimal target, List<String> dates, List<BigDecimal> actual,
			List<BigDecimal> expected) {
	}

}
