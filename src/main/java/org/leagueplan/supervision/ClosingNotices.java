package org.leagueplan.supervision;

import java.util.LinkedHashSet;
import java.util.Set;

import org.leagueplan.account.Role;
import org.leagueplan.account.UserDirectory;
import org.leagueplan.account.UserSummary;
import org.leagueplan.plan.PlanPermissions;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.PlanQueries.ItemContext;
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

	private final Inbox inbox;

	private final PlanPermissions permissions;

	private final PlanQueries plans;

	private final UserDirectory users;

	ClosingNotices(Inbox inbox, PlanPermissions permissions, PlanQueries plans, UserDirectory users) {
		this.inbox = inbox;
		this.permissions = permissions;
		this.plans = plans;
		this.users = users;
	}

	@ApplicationModuleListener
	void on(ClosingRequested event) {
		ItemContext item = this.plans.itemContext(event.itemId());
		for (long reviewer : reviewers(event.planId())) {
			if (reviewer != event.requesterId()) {
				this.inbox.post(new Notice(reviewer, NoticeKind.CLOSING_WAITING, event.planId(), event.itemId(),
						item.heading(), null, waitingKey(event.requestStep()) + reviewer));
			}
		}
	}

	@ApplicationModuleListener
	void on(ClosingDecided event) {
		this.inbox.markReadByKeyPrefix(waitingKey(event.requestStep()));
		if (!event.accepted()) {
			ItemContext item = this.plans.itemContext(event.itemId());
			this.inbox.post(new Notice(event.requesterId(), NoticeKind.CLOSING_RETURNED, event.planId(), event.itemId(),
					item.heading(), event.reason(), "closing-returned:request:" + event.requestStep()));
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

	private static String waitingKey(long requestStep) {
		return "closing:request:" + requestStep + ":user:";
	}

}
