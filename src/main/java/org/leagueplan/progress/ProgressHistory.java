package org.leagueplan.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.leagueplan.plan.ItemStatus;
import org.springframework.stereotype.Service;

/**
 * Progress history brought over from elsewhere — a plan workbook imported back
 * ({@link #restore}) — stored as it was: the same values, dates, narratives, reporters
 * and times, corrections still naming what they correct; or made up as people would have
 * made it — the demo's year ({@link #record}), checked as a person's reports are. Every
 * report passes {@link ReportRules} either way. The caller checks the person's right
 * first; it runs in the caller's transaction, so a plan and its history are saved
 * together or not at all.
 */
@Service
public class ProgressHistory {

	private final ProgressService service;

	ProgressHistory(ProgressService service) {
		this.service = service;
	}

	/**
	 * Stores the reports and item updates of a plan, oldest first, and brings the
	 * targets' latest values and the items' last activity up to date; stores the planned
	 * values of its time-phased targets. Every report must pass {@link ReportRules} (its
	 * value for its target's kind, its as-of day in the plan's year and not after today,
	 * its links) and every update's links likewise: one that does not refuses the whole,
	 * storing nothing.
	 * @return how many reports, updates and planned values were stored
	 * @throws ReportRules.Refused naming the first refused report or update and the rules
	 * it broke
	 */
	public int restore(long planId, List<PastReport> reports, List<PastUpdate> updates, List<PastPlanned> planned) {
		return this.service.restore(planId, reports, updates, planned);
	}

	/**
	 * Stores reports and item updates as the people named in them made them, at the times
	 * given (the demo's year of progress): each report is first checked as a person's
	 * report is — its value, its as-of date in the plan's year and not after the day it
	 * was entered, a reason and a corrective action when it leaves its target far behind,
	 * its links — and each update likewise; one refused entry refuses them all (an
	 * {@link IllegalArgumentException} naming it), storing nothing. Corrections are not
	 * taken here.
	 * @return how many reports and updates were stored
	 */
	public int record(long planId, List<PastReport> reports, List<PastUpdate> updates) {
		return this.service.record(planId, reports, updates);
	}

	/** The most planned values one target may have, as when a person enters them. */
	public static final int MAX_PLANNED_PER_TARGET = PlannedValues.MAX_PER_TARGET;

	/**
	 * Whether a planned value passes what a person's must: its date in the plan's year, a
	 * value that fits.
	 */
	public static boolean isAcceptablePlanned(LocalDate periodEnd, BigDecimal value, int planYear) {
		return PlannedValues.accepts(periodEnd, value, planYear);
	}

	/**
	 * A report on a target as it was made: a value for a numeric target, a done flag
	 * otherwise.
	 *
	 * @param corrects the index in the same list of the report this one corrects (an
	 * earlier one on the same target), or {@code null}
	 * @param reportedBy the user who made it, or {@code null} when not known here
	 * @param links the addresses of the web links given as its evidence
	 */
	public record PastReport(long targetId, BigDecimal value, Boolean done, LocalDate asOf, String narrative,
			String reason, String correctiveAction, Integer corrects, Long reportedBy, Instant reportedAt,
			List<String> links) {
	}

	/** A planned value of a time-phased target: {@code value} by {@code periodEnd}. */
	public record PastPlanned(long targetId, LocalDate periodEnd, BigDecimal value) {
	}

	/**
	 * A status update of an item as it was made, with the addresses of the web links
	 * given as its evidence.
	 */
	public record PastUpdate(long itemId, ItemStatus status, String narrative, Long reportedBy, Instant reportedAt,
			List<String> links) {
	}

}
