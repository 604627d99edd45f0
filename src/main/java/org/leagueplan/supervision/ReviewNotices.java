package org.leagueplan.supervision;

import java.util.LinkedHashSet;
import java.util.Set;

import org.leagueplan.account.Role;
import org.leagueplan.account.UserDirectory;
import org.leagueplan.account.UserSummary;
import org.leagueplan.plan.PlanPermissions;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.PlanQueries.ItemContext;
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

	private final Inbox inbox;

	private final PlanPermissions permissions;

	private final PlanQueries plans;

	private final UserDirectory users;

	ReviewNotices(Inbox inbox, PlanPermissions permissions, PlanQueries plans, UserDirectory users) {
		this.inbox = inbox;
		this.permissions = permissions;
		this.plans = plans;
		this.users = users;
	}

	@ApplicationModuleListener
	void on(ReportSubmitted event) {
		if (!event.pending()) {
			return;
		}
		ItemContext item = this.plans.itemContext(event.itemId());
		for (long reviewer : reviewers(event.planId())) {
			if (reviewer != event.reporterId()) {
				this.inbox.post(new Notice(reviewer, NoticeKind.REVIEW_WAITING, event.planId(), event.itemId(),
						item.heading(), null, waitingKey(event.reportId()) + reviewer));
			}
		}
	}

	@ApplicationModuleListener
	void on(ReportReviewed event) {
		this.inbox.markReadByKeyPrefix(waitingKey(event.reportId()));
		if (!event.approved()) {
			ItemContext item = this.plans.itemContext(event.itemId());
			this.inbox.post(new Notice(event.reporterId(), NoticeKind.REPORT_RETURNED, event.planId(), event.itemId(),
					item.heading(), event.reason(), "returned:report:" + event.reportId()));
		}
	}

	private Set<Long> reviewers(long planId) {
		Set<Long> named = new LinkedHashSet<>(this.permissions.namedReviewers(planId));
		if (!named.isEmpty()) {
			return named;
		}
		Set<Long> admins = new LinkedHashSet<>();
		this.users.enabledWithRole(Role.ADMIN).stream().map(UserSummary::id).forEach(admins::add);
		return admins;
	}

	private static String waitingKey(long reportId) {
		return "review:report:" + reportId + ":user:";
	}

}
