package org.leagueplan.supervision;

import org.leagueplan.progress.RectificationDecided;
import org.leagueplan.progress.RectificationDoneReported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The rectification's notices (整改), after the step is committed: a rectification reported
 * done goes to the plan's named reviewers (to every ADMIN where none is named), never to
 * the one who reported it; a returned one goes back to that person with the reason. Once
 * decided, every reviewer's notice of that report of done is marked read. Overdue
 * rectifications are pressed by {@link Reminders}.
 */
@Component
class RectificationNotices {

	private final ReviewerInbox reviewers;

	RectificationNotices(ReviewerInbox reviewers) {
		this.reviewers = reviewers;
	}

	@ApplicationModuleListener
	void on(RectificationDoneReported event) {
		this.reviewers.ask(NoticeKind.RECTIFICATION_WAITING, event.planId(), event.itemId(), event.reporterId(),
				waitingKey(event.rectificationId(), event.doneStep()));
	}

	@ApplicationModuleListener
	void on(RectificationDecided event) {
		this.reviewers.settle(waitingKey(event.rectificationId(), event.doneStep()));
		if (!event.accepted() && event.reporterId() != 0) {
			this.reviewers.sendBack(NoticeKind.RECTIFICATION_RETURNED, event.planId(), event.itemId(),
					event.reporterId(), event.reason(),
					"rectification-returned:" + event.rectificationId() + ":done:" + event.doneStep());
		}
	}

	private static String waitingKey(long rectificationId, long doneStep) {
		return "rectification:" + rectificationId + ":done:" + doneStep + ":user:";
	}

}
