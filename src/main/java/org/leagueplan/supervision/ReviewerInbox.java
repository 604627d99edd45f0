package org.leagueplan.supervision;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

	/**
	 * Of the given plans, those whose waiting reports and closings are asked of the
	 * person (a fixed number of queries however many plans).
	 */
	Set<Long> plansAsking(long userId, Collection<Long> planIds) {
		Set<Long> asking = new LinkedHashSet<>();
		reviewers(planIds).forEach((planId, reviewers) -> {
			if (reviewers.contains(userId)) {
				asking.add(planId);
			}
		});
		return asking;
	}

	private Set<Long> reviewers(long planId) {
		return reviewers(List.of(planId)).get(planId);
	}

	/** Each plan's named reviewers, or every enabled ADMIN where none is named. */
	private Map<Long, Set<Long>> reviewers(Collection<Long> planIds) {
		if (planIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Long>> named = this.permissions.namedReviewers(planIds);
		Set<Long> admins = new LinkedHashSet<>();
		if (planIds.stream().anyMatch(planId -> !named.containsKey(planId))) {
			this.users.enabledWithRole(Role.ADMIN).stream().map(UserSummary::id).forEach(admins::add);
		}
		Map<Long, Set<Long>> reviewers = new LinkedHashMap<>();
		for (long planId : planIds) {
			List<Long> names = named.get(planId);
			reviewers.put(planId, (names != null && !names.isEmpty()) ? new LinkedHashSet<>(names) : admins);
		}
		return reviewers;
	}

}
