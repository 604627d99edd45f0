package org.leagueplan.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.LongUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.leagueplan.account.UserDirectory;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanPermissions;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.PlanQueries.ItemContext;
import org.leagueplan.plan.PlanUpdates;
import org.leagueplan.progress.EvidenceAttachments.Upload;
import org.leagueplan.progress.ProgressHistory.PastPlanned;
import org.leagueplan.progress.ProgressHistory.PastReport;
import org.leagueplan.progress.ProgressHistory.PastUpdate;
import org.leagueplan.progress.ReportRules.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Takes reports on targets and updates of items: checks them whole first — every report
 * by {@link ReportRules} (value, date, reason for a red target, links), every file — and
 * then stores the report, its evidence and the read models in one transaction, so a bad
 * input saves nothing.
 */
@Service
@Transactional
class ProgressService {

	private final ProgressReportRepository reports;

	private final ItemUpdateRepository updates;

	private final EvidenceRepository evidence;

	private final EvidenceAttachments attachments;

	private final TargetProgressRowRepository latest;

	private final ItemActivityRepository activity;

	private final PlannedValueRepository planned;

	private final PlanQueries plans;

	private final PlanPermissions permissions;

	private final PlanUpdates planUpdates;

	private final UserDirectory users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SpringValidatorAdapter validator;

	private final ReportRules rules;

	private final ReportReviews reviews;

	private final ReportReviewRepository trail;

	private final Rectifications rectifications;

	ProgressService(ProgressReportRepository reports, ItemUpdateRepository updates, EvidenceRepository evidence,
			EvidenceAttachments attachments, TargetProgressRowRepository latest, ItemActivityRepository activity,
			PlannedValueRepository planned, PlanQueries plans, PlanPermissions permissions, PlanUpdates planUpdates,
			UserDirectory users, ApplicationEventPublisher events, Clock clock, ReportRules rules,
			jakarta.validation.Validator validator, ReportReviews reviews, ReportReviewRepository trail,
			Rectifications rectifications) {
		this.rules = rules;
		this.rectifications = rectifications;
		this.reviews = reviews;
		this.trail = trail;
		this.reports = reports;
		this.updates = updates;
		this.evidence = evidence;
		this.attachments = attachments;
		this.latest = latest;
		this.activity = activity;
		this.planned = planned;
		this.plans = plans;
		this.permissions = permissions;
		this.planUpdates = planUpdates;
		this.users = users;
		this.events = events;
		this.clock = clock;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/**
	 * Checks the report against its target and stores it with its evidence; answers the
	 * new report's id, or nothing when {@code errors} got a rejection. A report that
	 * leaves its target red also needs a deadline for its corrective action, and opens
	 * the target's rectification (整改) or restates the one in progress.
	 */
	public Optional<Long> report(long targetId, ReportForm form, Errors errors) {
		TargetRef target = this.plans.target(targetId);
		ItemContext item = this.plans.itemContext(target.itemId());
		this.permissions.checkReportOn(item.itemId());
		boolean red = validateReport(target, item, form, errors);
		if (red) {
			reject(this.rules.deadlineViolations(form.getActionDeadline(), item.plan().year()), errors);
		}
		List<Upload> uploads = this.attachments.checkFiles(form, errors);
		ProgressReport revised = revisedReport(targetId, form, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		long planId = item.plan().id();
		boolean numeric = target.kind().isNumeric();
		Long reporter = currentUserId();
		ProgressReport made = new ProgressReport(targetId, planId, numeric ? form.getValue() : null,
				numeric ? null : form.isDone(), form.getAsOf(), form.getNarrative(), form.getReason(),
				form.getCorrectiveAction(), form.getCorrectsId(), reporter, now);
		// where the plan's review is on, a report by anyone but ADMIN waits for a
		// reviewer
		boolean pending = this.reviews.isOn(planId) && !this.permissions.reportsWithoutReview();
		Long revisesId = (revised != null) ? revised.getId() : null;
		if (pending) {
			made.awaitReview(revisesId);
		}
		else if (revised != null) {
			made.revising(revisesId);
		}
		ProgressReport report = this.reports.save(made);
		if (revised != null) {
			revised.revised();
		}
		this.attachments.store(Evidence.Owner.report(report.getId()), form, uploads, now);
		this.latest.ensureExists(targetId, planId, now);
		// the target's row locked: reports on one target, and the rectification they
		// open, one after the other
		TargetProgressRow latestRow = this.latest.findForUpdate(targetId).orElseThrow();
		if (!pending) {
			latestRow.take(report);
		}
		else {
			this.trail.save(new ReportReview(report.getId(), planId,
					(revised != null) ? ReportReview.RESUBMITTED : ReportReview.SUBMITTED, null, reporter, now));
		}
		touch(item.itemId(), planId, now);
		if (red) {
			this.rectifications.setByReport(report.getId(), target, item, form.getCorrectiveAction(),
					form.getActionDeadline(), reporter, now);
		}
		String kind = (revised != null) ? "REPORT_RESUBMITTED" : pending ? "REPORT_SUBMITTED" : "TARGET_REPORTED";
		this.events.publishEvent(new ProgressReported(kind, "target " + targetId,
				target.name() + ": " + (numeric ? form.getValue() : form.isDone()) + " @ " + form.getAsOf()
						+ ((form.getCorrectsId() != null) ? " (corrects #" + form.getCorrectsId() + ")" : "")
						+ ((revised != null) ? " (revises #" + revised.getId() + ")" : "")));
		this.events.publishEvent(
				new ReportSubmitted(report.getId(), planId, item.itemId(), (reporter != null) ? reporter : 0, pending));
		return Optional.of(report.getId());
	}

	/**
	 * The returned report on this target that the form revises, locked; rejects the form
	 * when it names one that is not returned (any more) or not on this target.
	 */
	private ProgressReport revisedReport(long targetId, ReportForm form, Errors errors) {
		if (form.getRevisesId() == null) {
			return null;
		}
		Optional<ProgressReport> revised = this.reports.findForUpdate(form.getRevisesId())
			.filter(report -> report.getTargetId().equals(targetId) && report.getState() == ReportState.RETURNED);
		if (revised.isEmpty()) {
			errors.reject("review.revises.notReturned");
			return null;
		}
		return revised.get();
	}

	/** Stores an item's status update with its evidence and sets the item's status. */
	public Optional<Long> updateItem(long itemId, ItemUpdateForm form, Errors errors) {
		this.permissions.checkReportOn(itemId);
		List<Upload> uploads = this.attachments.check(form, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		long planId = this.plans.itemContext(itemId).plan().id();
		ItemUpdate update = this.updates
			.save(new ItemUpdate(itemId, planId, form.getStatus(), form.getNarrative(), currentUserId(), now));
		this.attachments.store(Evidence.Owner.itemUpdate(update.getId()), form, uploads, now);
		this.planUpdates.changeItemStatus(itemId, form.getStatus());
		touch(itemId, planId, now);
		this.events.publishEvent(
				new ProgressReported("ITEM_UPDATED", "item " + itemId, form.getStatus() + ": " + form.getNarrative()));
		return Optional.of(update.getId());
	}

	/**
	 * Stores past reports and item updates of a plan
	 * ({@link org.leagueplan.progress.ProgressHistory}) in the order they were made, with
	 * their evidence links, and planned values, each checked to belong to the plan; every
	 * report must pass {@link ReportRules} (judged today) and every update's links
	 * likewise, else the whole is refused ({@link ReportRules.Refused}); a report
	 * correcting another must come after it and be on the same target. One audit line for
	 * the whole history.
	 */
	public int restore(long planId, List<PastReport> pastReports, List<PastUpdate> pastUpdates,
			List<PastPlanned> pastPlanned) {
		// each target and item checked once (a history may hold thousands of reports on a
		// few hundred targets)
		Map<Long, TargetRef> targets = new HashMap<>();
		Map<Long, Long> itemOfTarget = new HashMap<>();
		Map<Long, Integer> yearOfItem = new HashMap<>();
		LongConsumer requireItem = itemId -> yearOfItem.computeIfAbsent(itemId, id -> yearInPlan(id, planId));
		LongUnaryOperator itemOf = targetId -> {
			long itemId = itemOfTarget.computeIfAbsent(targetId,
					id -> targets.computeIfAbsent(id, this.plans::target).itemId());
			requireItem.accept(itemId);
			return itemId;
		};
		pastReports.forEach(past -> itemOf.applyAsLong(past.targetId()));
		pastPlanned.forEach(past -> itemOf.applyAsLong(past.targetId()));
		pastUpdates.forEach(past -> requireItem.accept(past.itemId()));
		for (int i = 0; i < pastReports.size(); i++) {
			PastReport past = pastReports.get(i);
			List<Violation> counted = this.rules.countedViolations(past.targetId());
			if (!counted.isEmpty()) {
				throw new ReportRules.Refused("report " + i, counted);
			}
			List<Violation> broken = this.rules
				.violations(new ReportRules.Report(targets.get(past.targetId()).kind(), past.value(), past.done(),
						past.asOf(), yearOfItem.get(itemOfTarget.get(past.targetId())), past.links()));
			if (!broken.isEmpty()) {
				throw new ReportRules.Refused("report " + i, broken);
			}
		}
		for (int i = 0; i < pastUpdates.size(); i++) {
			List<Violation> broken = ReportRules.linkViolations(pastUpdates.get(i).links());
			if (!broken.isEmpty()) {
				throw new ReportRules.Refused("item update " + i, broken);
			}
		}
		pastPlanned.forEach(
				past -> this.planned.save(new PlannedValue(past.targetId(), planId, past.periodEnd(), past.value())));

		// the read models: one row per target and per item, locked once, brought up to
		// date in memory
		Instant first = Stream
			.concat(pastReports.stream().map(PastReport::reportedAt), pastUpdates.stream().map(PastUpdate::reportedAt))
			.min(Comparator.naturalOrder())
			.orElse(null);
		Map<Long, TargetProgressRow> latestRows = new HashMap<>();
		for (long targetId : new LinkedHashSet<>(pastReports.stream().map(PastReport::targetId).toList())) {
			this.latest.ensureExists(targetId, planId, first);
			latestRows.put(targetId, this.latest.findForUpdate(targetId).orElseThrow());
		}
		Map<Long, ItemActivity> activityRows = new HashMap<>();
		Stream
			.concat(pastReports.stream().map(past -> itemOfTarget.get(past.targetId())),
					pastUpdates.stream().map(PastUpdate::itemId))
			.distinct()
			.forEach(itemId -> {
				this.activity.ensureExists(itemId, planId, first);
				activityRows.put(itemId, this.activity.findForUpdate(itemId).orElseThrow());
			});

		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < pastReports.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparing((Integer i) -> pastReports.get(i).reportedAt()).thenComparing(i -> i));
		Map<Integer, ProgressReport> saved = new HashMap<>();
		for (int i : order) {
			PastReport past = pastReports.get(i);
			Long correctsId = null;
			if (past.corrects() != null) {
				ProgressReport corrected = saved.get(past.corrects());
				if (corrected == null || !corrected.getTargetId().equals(past.targetId())) {
					throw new IllegalArgumentException("report " + i + " corrects no earlier report on its target");
				}
				correctsId = corrected.getId();
			}
			ProgressReport report = this.reports.save(new ProgressReport(past.targetId(), planId, past.value(),
					past.done(), past.asOf(), past.narrative(), past.reason(), past.correctiveAction(), correctsId,
					past.reportedBy(), past.reportedAt()));
			saved.put(i, report);
			past.links()
				.forEach(link -> this.evidence.save(Evidence.link(report.getId(), null, link, past.reportedAt())));
			latestRows.get(past.targetId()).take(report);
			activityRows.get(itemOfTarget.get(past.targetId())).touch(past.reportedAt());
		}
		pastUpdates.stream().sorted(Comparator.comparing(PastUpdate::reportedAt)).forEach(past -> {
			ItemUpdate update = this.updates.save(new ItemUpdate(past.itemId(), planId, past.status(), past.narrative(),
					past.reportedBy(), past.reportedAt()));
			past.links()
				.forEach(link -> this.evidence.save(Evidence.link(null, update.getId(), link, past.reportedAt())));
			activityRows.get(past.itemId()).touch(past.reportedAt());
		});
		int count = pastReports.size() + pastUpdates.size() + pastPlanned.size();
		if (count > 0) {
			// a message code and its numbers, shown in the reader's language by the audit
			// log (audit.internal.AuditTexts)
			this.events
				.publishEvent(new ProgressReported("HISTORY_IMPORTED", "plan " + planId, "#auditDetail.historyImported|"
						+ pastReports.size() + "|" + pastUpdates.size() + "|" + pastPlanned.size()));
		}
		return count;
	}

	/**
	 * Stores reports and item updates made by people at their own times
	 * ({@link org.leagueplan.progress.ProgressHistory#record}), each first checked as the
	 * form a person would have sent then: the report's form rules and {@link ReportRules}
	 * — its value, as-of date, reason and corrective action when it leaves its target red
	 * (judged on its as-of date with the stored settings) and links, as {@link #report}
	 * checks them; the as-of date not after the day it was entered, and no entry in the
	 * future. Corrections are not taken here. Refuses the whole history, storing nothing,
	 * when one entry fails.
	 */
	public int record(long planId, List<PastReport> pastReports, List<PastUpdate> pastUpdates) {
		for (int i = 0; i < pastReports.size(); i++) {
			PastReport past = pastReports.get(i);
			TargetRef target = this.plans.target(past.targetId());
			ItemContext item = this.plans.itemContext(target.itemId());
			ReportForm form = new ReportForm();
			form.setValue(past.value());
			form.setDone(Boolean.TRUE.equals(past.done()));
			form.setAsOf(past.asOf());
			form.setNarrative(past.narrative());
			form.setReason(past.reason());
			form.setCorrectiveAction(past.correctiveAction());
			form.setLinks(String.join("\n", past.links()));
			BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "reportForm");
			this.validator.validate(form, errors);
			validateReport(target, item, form, errors);
			this.attachments.checkFiles(form, errors);
			if (past.corrects() != null) {
				errors.rejectValue("correctsId", "report.corrects.unknown");
			}
			reject(this.rules.enteredViolations(past.asOf(), past.reportedAt()), errors);
			refuseIfAny("report " + i, errors);
		}
		for (int i = 0; i < pastUpdates.size(); i++) {
			PastUpdate past = pastUpdates.get(i);
			ItemUpdateForm form = new ItemUpdateForm();
			form.setStatus(past.status());
			form.setNarrative(past.narrative());
			form.setLinks(String.join("\n", past.links()));
			BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "itemUpdateForm");
			this.validator.validate(form, errors);
			this.attachments.check(form, errors);
			reject(this.rules.enteredViolations(null, past.reportedAt()), errors);
			refuseIfAny("item update " + i, errors);
		}
		return restore(planId, pastReports, pastUpdates, List.of());
	}

	private static void refuseIfAny(String what, Errors errors) {
		if (errors.hasErrors()) {
			throw new IllegalArgumentException(what + " refused: "
					+ errors.getAllErrors().stream().map(error -> String.valueOf(error.getCode())).toList());
		}
	}

	/**
	 * The year of the plan the item is in, which must be the plan with {@code planId}.
	 */
	private int yearInPlan(long itemId, long planId) {
		var plan = this.plans.itemContext(itemId).plan();
		if (plan.id() != planId) {
			throw new IllegalArgumentException("item " + itemId + " is not in plan " + planId);
		}
		return plan.year();
	}

	/**
	 * Replaces a target's planned values (time phasing) with those in {@code text}, one
	 * per line, by the rule of {@link PlannedValues}.
	 * @throws PlannedValues.Refused when the text breaks it; nothing is changed then
	 */
	public void replacePlannedValues(long targetId, String text) {
		TargetRef target = this.plans.target(targetId);
		this.permissions.checkReportOn(target.itemId());
		var plan = this.plans.itemContext(target.itemId()).plan();
		long planId = plan.id();
		List<PlannedLine> lines = PlannedValues.parse(text, plan.year());
		this.planned.deleteByTargetId(targetId);
		this.planned.flush();
		lines.forEach(line -> this.planned.save(new PlannedValue(targetId, planId, line.periodEnd(), line.value())));
		this.events.publishEvent(new ProgressReported("TARGET_PHASED", "target " + targetId, lines.toString()));
	}

	/**
	 * The report's rules ({@link ReportRules}), with its links; a correction names an
	 * earlier report on the target; a report that passes the rest (its links aside) and
	 * leaves its target red needs a reason and an action. Answers whether it is such a
	 * report (red, judged once the rest passed).
	 */
	private boolean validateReport(TargetRef target, ItemContext item, ReportForm form, Errors errors) {
		List<Violation> counted = this.rules.countedViolations(target.id());
		if (!counted.isEmpty()) {
			reject(counted, errors);
			return false;
		}
		List<Violation> broken = this.rules.violations(new ReportRules.Report(target.kind(), form.getValue(),
				form.isDone(), form.getAsOf(), item.plan().year(), form.linkList()));
		boolean clean = !errors.hasErrors() && broken.stream().allMatch(violation -> "links".equals(violation.field()));
		reject(broken, errors);
		if (form.getCorrectsId() != null && this.reports.findById(form.getCorrectsId())
			.filter(earlier -> earlier.getTargetId().equals(target.id()))
			.isEmpty()) {
			errors.rejectValue("correctsId", "report.corrects.unknown");
			clean = false;
		}
		if (clean && this.rules.leavesRed(target, item, form.getValue(), form.isDone(), form.getAsOf())) {
			reject(ReportRules.reasonViolations(form.getReason(), form.getCorrectiveAction()), errors);
			return true;
		}
		return false;
	}

	/**
	 * Rejects the broken rules on the form; a rule on a field the form's own checks
	 * already rejected (a number that did not read, a missing date) is not added to it.
	 */
	private static void reject(List<Violation> violations, Errors errors) {
		Set<String> rejectedBefore = violations.stream()
			.map(Violation::field)
			.filter(field -> field != null && errors.hasFieldErrors(field))
			.collect(Collectors.toSet());
		for (Violation violation : violations) {
			if (violation.field() == null) {
				errors.reject(violation.code(), violation.getArguments(), null);
			}
			else if (!rejectedBefore.contains(violation.field())) {
				errors.rejectValue(violation.field(), violation.code(), violation.getArguments(), null);
			}
		}
	}

	private void touch(long itemId, long planId, Instant now) {
		this.activity.ensureExists(itemId, planId, now);
		this.activity.findForUpdate(itemId).orElseThrow().touch(now);
	}

	private Long currentUserId() {
		return this.users.current().map(user -> user.id()).orElse(null);
	}

	/** One planned value: {@code value} by {@code periodEnd}. */
	public record PlannedLine(LocalDate periodEnd, BigDecimal value) {
	}

}
