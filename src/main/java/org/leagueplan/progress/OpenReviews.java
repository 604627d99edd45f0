package org.leagueplan.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits on people in review, as their to-do list reads it: the reports a reporter
 * got back (with the reason) and, for reviewers, the reports and closing requests waiting
 * for a decision. Each list is one query however many rows it has. Who is asked to review
 * which plan is not decided here (the plan module names reviewers; the supervision module
 * asks them).
 */
@Service
@Transactional(readOnly = true)
public class OpenReviews {

	private final ProgressReportRepository reports;

	private final ItemClosingRepository closings;

	OpenReviews(ProgressReportRepository reports, ItemClosingRepository closings) {
		this.reports = reports;
		this.closings = closings;
	}

	/**
	 * The person's reports that a reviewer returned and that are not revised yet, with
	 * the reason, the earliest returned first.
	 */
	public List<ReturnedReport> returnedTo(long reporterId) {
		return this.reports.findReturnedTo(reporterId, ReportState.RETURNED, ReportReview.RETURNED)
			.stream()
			.map(row -> new ReturnedReport((Long) row[0], (Long) row[1], (Long) row[2], (LocalDate) row[3],
					(String) row[4], (Instant) row[5]))
			.toList();
	}

	/** Every report waiting for a reviewer that the person did not make, oldest first. */
	public List<PendingReport> pendingNotBy(long userId) {
		return this.reports.findPendingNotBy(userId, ReportState.PENDING)
			.stream()
			.map(report -> new PendingReport(report.getId(), report.getPlanId(), report.getTargetId(), report.getAsOf(),
					report.getReportedBy(), report.getReportedAt()))
			.toList();
	}

	/**
	 * Every request to close an item waiting for a decision that the person did not make,
	 * the earliest asked first.
	 */
	public List<WaitingClosing> closingsWaitingNotBy(long userId) {
		return this.closings.findWaitingNotBy(userId, ClosingState.REQUESTED, ClosingState.REQUESTED.name())
			.stream()
			.map(row -> new WaitingClosing((Long) row[0], (Long) row[1], (Long) row[2], (Instant) row[3]))
			.toList();
	}

	/**
	 * A returned report: the revision form is the target's report form with
	 * {@code revises} = {@code id}.
	 */
	public record ReturnedReport(long id, long planId, long targetId, LocalDate asOf, String reason,
			Instant returnedAt) {
	}

	/** A report waiting for a reviewer; {@code reporterId} names the user. */
	public record PendingReport(long id, long planId, long targetId, LocalDate asOf, Long reporterId,
			Instant reportedAt) {
	}

	/** An item's request to close it, waiting for a reviewer. */
	public record WaitingClosing(long itemId, long planId, Long requesterId, Instant requestedAt) {
	}

}
