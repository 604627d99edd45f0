package org.leagueplan.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.PlanDraft;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.progress.ProgressHistory;
import org.leagueplan.progress.ProgressHistory.PastPlanned;
import org.leagueplan.progress.ProgressHistory.PastReport;
import org.leagueplan.progress.ProgressHistory.PastUpdate;
import org.leagueplan.progress.ReportRules;
import org.leagueplan.progress.ReportRules.Violation;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The progress history of a workbook being imported back: what it holds
 * ({@link WorkbookPlan#history()}, {@link WorkbookPlan#planned()}), which of it still
 * fits the plan as the person has checked it ({@link #match}), and that part stored by
 * the progress module once the plan is saved ({@link #restore}).
 */
@Component
public class WorkbookHistory {

	private final ProgressHistory progress;

	WorkbookHistory(ProgressHistory progress) {
		this.progress = progress;
	}

	/**
	 * One row of the history sheet: a report on a target ({@code targetKey} set) or a
	 * status update of an item ({@code status} set); a row naming no item or target of
	 * the workbook has neither.
	 *
	 * @param row the row's number as the spreadsheet shows it
	 * @param corrects the row number of the report this one corrects, or {@code null}
	 * @param links the web links of its evidence
	 * @param files how many uploaded files its evidence named (files are not in a
	 * workbook)
	 */
	public record Entry(int row, String itemKey, String targetKey, LocalDate asOf, BigDecimal value, Boolean done,
			ItemStatus status, String narrative, String reason, String correctiveAction, Integer corrects,
			String reporter, Instant reportedAt, List<String> links, int files) {

		public Entry {
			links = (links != null) ? links : List.of();
		}

		boolean isReport() {
			return this.targetKey != null;
		}

		boolean isUpdate() {
			return this.targetKey == null && this.itemKey != null && this.status != null;
		}

	}

	/**
	 * A row of the planned-values sheet: by {@code periodEnd} the target should reach
	 * {@code value}; a row naming no target of the workbook, or lacking its date or
	 * value, has no {@code targetKey}.
	 */
	public record Planned(int row, String targetKey, LocalDate periodEnd, BigDecimal value) {
	}

	/**
	 * The entries and planned values that will be stored with the plan, and how many rows
	 * will not: their item or target was removed, or the target's kind was changed so
	 * that the value no longer fits; {@code unknownReporters}: kept entries whose
	 * reporter is no user here (stored without a reporter); {@code filesLeft}: the
	 * uploaded files the kept entries name, which a workbook cannot bring.
	 *
	 * @param droppedHistory the row numbers of the history sheet's rows that will not be
	 * stored
	 * @param droppedPlanned the row numbers of the planned-values sheet's rows that will
	 * not be stored
	 * @param refused the history rows among {@code droppedHistory} that break a rule
	 * every report must pass ({@link ReportRules}), by row number in the sheet's order,
	 * with the rules they break
	 */
	public record Match(List<Entry> reports, List<Entry> updates, List<Planned> planned, List<Integer> droppedHistory,
			List<Integer> droppedPlanned, int unknownReporters, int filesLeft, Map<Integer, List<Violation>> refused) {

		public int dropped() {
			return this.droppedHistory.size() + this.droppedPlanned.size();
		}

	}

	/**
	 * The plan as the person has checked it, as far as the history needs it: the keys of
	 * the items kept and, by key, the targets kept.
	 */
	public record CheckedPlan(Set<String> itemKeys, Map<String, CheckedTarget> targets) {
	}

	/**
	 * A kept target: its kind as checked, and whether it takes any number — a percentage
	 * whose own goal is above 100 and was confirmed, so kept as a number.
	 */
	public record CheckedTarget(TargetKind kind, boolean anyNumber) {
	}

	/**
	 * Matches the workbook's history and planned values to the checked plan. A report
	 * must also pass what a person's report must — {@link ReportRules}, asked with
	 * {@code year} (the year of the plan it goes into) and {@code today}: a value its
	 * target takes (a percentage at most 100), its as-of date in the year and not after
	 * today, at most {@link ReportRules#MAX_LINKS} links — and an update its link rules;
	 * a row that does not is dropped and listed in {@link Match#refused} with the rules
	 * it breaks.
	 * @param usernames in lower case
	 */
	public static Match match(CheckedPlan plan, List<Entry> entries, List<Planned> planned, Set<String> usernames,
			Integer year, LocalDate today) {
		Map<String, CheckedTarget> targets = plan.targets();
		Set<String> items = plan.itemKeys();
		List<Entry> reports = new ArrayList<>();
		List<Entry> updates = new ArrayList<>();
		List<Integer> droppedHistory = new ArrayList<>();
		Map<Integer, List<Violation>> refused = new LinkedHashMap<>();
		int unknownReporters = 0;
		int filesLeft = 0;
		for (Entry entry : (entries != null) ? entries : List.<Entry>of()) {
			Entry kept = null;
			if (entry.isReport() && targets.containsKey(entry.targetKey()) && year != null
					&& targets.get(entry.targetKey()).kind() != null) {
				CheckedTarget target = targets.get(entry.targetKey());
				Entry read = read(entry, target);
				List<Violation> broken = ReportRules.violations(new ReportRules.Report(kindTaking(target), read.value(),
						read.done(), read.asOf(), year, read.links()), today);
				if (broken.isEmpty()) {
					kept = read;
					reports.add(kept);
				}
				else {
					refused.put(entry.row(), broken);
				}
			}
			else if (entry.isUpdate() && items.contains(entry.itemKey())) {
				List<Violation> broken = ReportRules.linkViolations(entry.links());
				if (broken.isEmpty()) {
					kept = entry;
					updates.add(kept);
				}
				else {
					refused.put(entry.row(), broken);
				}
			}
			if (kept != null && StringUtils.hasText(kept.reporter())
					&& !usernames.contains(kept.reporter().strip().toLowerCase())) {
				unknownReporters++;
			}
			if (kept != null) {
				filesLeft += kept.files();
			}
			else {
				droppedHistory.add(entry.row());
			}
		}
		// planned values only for numeric targets, one per target and period end, and as
		// a person's must be: in the
		// plan's year, a value that fits, at most ProgressHistory.MAX_PLANNED_PER_TARGET
		// per target
		List<Planned> keptPlanned = new ArrayList<>();
		List<Integer> droppedPlanned = new ArrayList<>();
		Set<String> phases = new HashSet<>();
		Map<String, Integer> perTarget = new HashMap<>();
		for (Planned point : (planned != null) ? planned : List.<Planned>of()) {
			CheckedTarget target = (point.targetKey() != null) ? targets.get(point.targetKey()) : null;
			if (target != null && target.kind().isNumeric() && year != null
					&& ProgressHistory.isAcceptablePlanned(point.periodEnd(), point.value(), year)
					&& perTarget.getOrDefault(point.targetKey(), 0) < ProgressHistory.MAX_PLANNED_PER_TARGET
					&& phases.add(point.targetKey() + "|" + point.periodEnd())) {
				perTarget.merge(point.targetKey(), 1, Integer::sum);
				keptPlanned.add(point);
			}
			else {
				droppedPlanned.add(point.row());
			}
		}
		return new Match(reports, updates, keptPlanned, droppedHistory, droppedPlanned, unknownReporters, filesLeft,
				refused);
	}

	/**
	 * The kind of the target as the saved plan will hold it: a percentage whose own goal
	 * is above 100 was confirmed and is kept as a number in %, so it takes any value.
	 */
	private static TargetKind kindTaking(CheckedTarget target) {
		return target.anyNumber() ? TargetKind.COUNT : target.kind();
	}

	/**
	 * The report as its target reads it: a number for a numeric target, else a done flag
	 * (1 / 0 read as one).
	 */
	private static Entry read(Entry entry, CheckedTarget target) {
		if (target.kind().isNumeric()) {
			return withReading(entry, entry.value(), null);
		}
		Boolean done = (entry.done() != null) ? entry.done()
				: (entry.value() != null && entry.value().signum() == 0) ? Boolean.FALSE
						: (entry.value() != null && entry.value().compareTo(BigDecimal.ONE) == 0) ? Boolean.TRUE : null;
		return withReading(entry, null, done);
	}

	private static Entry withReading(Entry entry, BigDecimal value, Boolean done) {
		return new Entry(entry.row(), entry.itemKey(), entry.targetKey(), entry.asOf(), value, done, null,
				entry.narrative(), entry.reason(), entry.correctiveAction(), entry.corrects(), entry.reporter(),
				entry.reportedAt(), entry.links(), entry.files());
	}

	/**
	 * Stores the matched history with the saved plan, in the caller's transaction: the
	 * kept reports, item updates and planned values whose item or target the saved draft
	 * holds, the reporters by their ids here.
	 * @param userIds user ids by lower-case user name
	 */
	public void restore(Match match, PlanDraft.Saved saved, Map<String, Long> userIds) {
		this.progress.restore(saved.planId(), reports(match, saved, userIds), updates(match, saved, userIds),
				planned(match, saved));
	}

	/**
	 * The kept reports for the saved plan (a report whose target the saved draft does not
	 * hold is left out). A correction names a kept report on the same target made before
	 * it (else it corrects nothing: a hand-edited sheet may name any row).
	 * @param userIds user ids by lower-case user name
	 */
	static List<PastReport> reports(Match match, PlanDraft.Saved saved, Map<String, Long> userIds) {
		List<Entry> entries = match.reports()
			.stream()
			.filter(entry -> saved.targetIds().containsKey(entry.targetKey()))
			.toList();
		Map<Integer, Integer> indexOfRow = new HashMap<>();
		for (int i = 0; i < entries.size(); i++) {
			indexOfRow.put(entries.get(i).row(), i);
		}
		List<PastReport> reports = new ArrayList<>();
		for (Entry entry : entries) {
			Integer corrects = (entry.corrects() != null) ? indexOfRow.get(entry.corrects()) : null;
			if (corrects != null && !correctable(entries.get(corrects), corrects, entry, reports.size())) {
				corrects = null;
			}
			reports.add(new PastReport(saved.targetIds().get(entry.targetKey()), entry.value(), entry.done(),
					entry.asOf(), entry.narrative(), entry.reason(), entry.correctiveAction(), corrects,
					userId(entry, userIds), entry.reportedAt(), entry.links()));
		}
		return reports;
	}

	private static boolean correctable(Entry earlier, int earlierIndex, Entry entry, int index) {
		int order = earlier.reportedAt().compareTo(entry.reportedAt());
		return earlier.targetKey().equals(entry.targetKey()) && (order < 0 || (order == 0 && earlierIndex < index));
	}

	/** The kept item updates for the saved plan. */
	static List<PastUpdate> updates(Match match, PlanDraft.Saved saved, Map<String, Long> userIds) {
		return match.updates()
			.stream()
			.filter(entry -> saved.itemIds().containsKey(entry.itemKey()))
			.map(entry -> new PastUpdate(saved.itemIds().get(entry.itemKey()), entry.status(), entry.narrative(),
					userId(entry, userIds), entry.reportedAt(), entry.links()))
			.toList();
	}

	/** The kept planned values for the saved plan. */
	static List<PastPlanned> planned(Match match, PlanDraft.Saved saved) {
		return match.planned()
			.stream()
			.filter(point -> saved.targetIds().containsKey(point.targetKey()))
			.map(point -> new PastPlanned(saved.targetIds().get(point.targetKey()), point.periodEnd(), point.value()))
			.toList();
	}

	private static Long userId(Entry entry, Map<String, Long> userIds) {
		return StringUtils.hasText(entry.reporter()) ? userIds.get(entry.reporter().strip().toLowerCase()) : null;
	}

}
