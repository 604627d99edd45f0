package org.leagueplan.supervision;

import org.leagueplan.progress.ReportReviewed;
import org.leagueplan.progress.ReportSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The review's notices, after the report or the decision is committed: a report waiting
 * for review goes to the plan's named reviewers (to every ADMIN where none is named),
 * never to its reporter; a returned report goes back to its reporter with the reason.
 * Once a report is decided, the other reviewers' notices of it are marked read: nobody is
 * sent to review what is done.
 */
@Component
class ReviewNotices {

	private final ReviewerInbox reviewers;

	ReviewNotices(ReviewerInbox reviewers) {
		this.reviewers = reviewers;
	}

	@ApplicationModuleListener
	void on(ReportSubmitted event) {
		if (!event.pending()) {
			return;
		}
		this.reviewers.ask(NoticeKind.REVIEW_WAITING, event.planId(), event.itemId(), event.reporterId(),
				waitingKey(event.reportId()));
	}

	@ApplicationModuleListener
	void on(ReportReviewed event) {
		this.reviewers.settle(waitingKey(event.reportId()));
		if (!event.approved()) {
			this.reviewers.sendBack(NoticeKind.REPORT_RETURNED, event.planId(), event.itemId(), event.reporterId(),
					event.reason(), "returned:report:" + event.reportId());
		}
	}

	private static String waitingKey(long reportId) {
		return "review:report:" + reportId + ":user:";
	}

}
