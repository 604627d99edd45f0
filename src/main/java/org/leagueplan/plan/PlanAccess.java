package org.leagueplan.plan;

import org.leagueplan.account.CurrentUser;
import org.leagueplan.account.Role;
import org.leagueplan.account.UserDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Record-level rights on plans, checked on the server for every change: the plan's header and structure (sections,
 * new items) need the whole-plan scope; an item, its targets and milestones need an item the person's scope covers.
 * A refusal is an {@link AccessDeniedException}: the 403 page, and a line in the audit log.
 */
@Component
class PlanAccess {

	private final UserDirectory users;

	PlanAccess(UserDirectory users) {
		this.users = users;
	}

	/** The logged-in person's scope (their account is read once per request: {@link UserDirectory#current()}). */
	public EditScope scope() {
		return this.users.current().map(PlanAccess::scopeOf).orElse(EditScope.NOTHING);
	}

	static EditScope scopeOf(CurrentUser user) {
		if (user.editsWholePlan()) {
			return EditScope.EVERYTHING;
		}
		return user.has(Role.STAFF) ? new EditScope(false, user.unitIds()) : EditScope.NOTHING;
	}

	public void checkWholePlan() {
		if (!scope().wholePlan()) {
			throw new AccessDeniedException("the plan's structure needs the plan-wide right");
		}
	}

	public void checkItem(PlanItem item) {
		if (!scope().covers(item)) {
			throw new AccessDeniedException("item " + item.getId() + " is not in the user's units");
		}
	}

}
