package org.leagueplan.supervision;

import java.util.LinkedHashSet;
import java.util.Set;

import org.leagueplan.account.Role;
import org.leagueplan.account.UserDirectory;
import org.leagueplan.account.UserSummary;
import org.leagueplan.plan.PlanPermissions;
import org.leagueplan.plan.PlanQueries;
import org.springframework.stereotype.Component;

/**
 * The one way something waiting for a plan's reviewer (a report, a closing) reaches
 * people: asked of the plan's named reviewers (every ADMIN where none is named), never of
 * the person who asked; sent back to that person with the reason when returned; and, once
 * decided, no longer waiting in any reviewer's inbox.
 */
@Component
class ReviewerInbox {

	private final Inbox inbox;

	private final PlanPermissions permissions;

	private final PlanQueries plans;

	private final UserDirectory users;

	ReviewerInbox(Inbox inbox, PlanPermissions permissions, PlanQueries plans, UserDirectory users) {
		this.inbox = inbox;
		this.permissions = permissions;
		this.plans = plans;
		this.users = users;
	}

	/**
	 * Asks every reviewer of the plan but the requester; keys are the prefix and the
	 * reader.
	 */
	void ask(NoticeKind kind, long planId, long itemId, long requesterId, String keyPrefix) {
		String heading = this.plans.itemContext(itemId).heading();
		for (long reviewer : reviewers(planId)) {
			if (reviewer != requesterId) {
				this.inbox.post(new Notice(reviewer, kind, planId, itemId, heading, null, keyPrefix + reviewer));
			}
		}
	}

	/** The request was decided: it no longer waits in any reviewer's inbox. */
	void settle(String keyPrefix) {
		this.inbox.markReadByKeyPrefix(keyPrefix);
	}

	/** Sends a returned request back to the one who made it, with the reason. */
	void sendBack(NoticeKind kind, long planId, long itemId, long requesterId, String reason, String key) {
		this.inbox
			.post(new Notice(requesterId, kind, planId, itemId, this.plans.itemContext(itemId).heading(), reason, key));
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

}
