package org.leagueplan.supervision;

import org.leagueplan.progress.ClosingDecided;
import org.leagueplan.progress.ClosingRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The closing's notices (办结销号), after the step is committed: a request waiting for a
 * decision goes to the plan's named reviewers (to every ADMIN where none is named), never
 * to its requester; a returned request goes back to its requester with the reason. Once a
 * request is decided, every reviewer's notice of it is marked read.
 */
@Component
class ClosingNotices {

	private final ReviewerInbox reviewers;

	ClosingNotices(ReviewerInbox reviewers) {
		this.reviewers = reviewers;
	}

	@ApplicationModuleListener
	void on(ClosingRequested event) {
		this.reviewers.ask(NoticeKind.CLOSING_WAITING, event.planId(), event.itemId(), event.requesterId(),
				waitingKey(event.requestStep()));
	}

	@ApplicationModuleListener
	void on(ClosingDecided event) {
		this.reviewers.settle(waitingKey(event.requestStep()));
		if (!event.accepted()) {
			this.reviewers.sendBack(NoticeKind.CLOSING_RETURNED, event.planId(), event.itemId(), event.requesterId(),
					event.reason(), "closing-returned:request:" + event.requestStep());
		}
	}

	private static String waitingKey(long requestStep) {
		return "closing:request:" + requestStep + ":user:";
	}

}
