package org.leagueplan.plan;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.leagueplan.account.CurrentUser;
import org.leagueplan.account.Role;
import org.leagueplan.account.UserDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what to which record of a plan: the one place that decides it, for the
 * plan's own pages and for every module that acts on a plan's records (progress reports,
 * imports, the plan selector). Everyone logged in reads every plan, item and report. The
 * plan-wide right (ADMIN, or STAFF with the plan-wide editor right) edits the plan's
 * header and structure (sections, new items), every item, imports plans and sees drafts
 * in the plan selector; a unit's STAFF edit and report on the items their unit leads or
 * assists (with the items' targets and milestones), keeping which units lead and assist;
 * LEADER reads only. Units and accounts are for ADMIN (URL rules). A refusal is an
 * {@link AccessDeniedException}: the 403 page, and a line in the audit log.
 */
@Component
public class PlanPermissions {

	private final UserDirectory users;

	private final PlanOutline outline;

	private final PlanReviewers reviewers;

	PlanPermissions(UserDirectory users, PlanOutline outline, PlanReviewers reviewers) {
		this.users = users;
		this.outline = outline;
		this.reviewers = reviewers;
	}

	/**
	 * The logged-in person's scope (their account is read once per request:
	 * {@link UserDirectory#current()}).
	 */
	EditScope scope() {
		return this.users.current().map(PlanPermissions::scopeOf).orElse(EditScope.NOTHING);
	}

	static EditScope scopeOf(CurrentUser user) {
		if (user.editsWholePlan()) {
			return EditScope.EVERYTHING;
		}
		return user.has(Role.STAFF) ? new EditScope(false, user.unitIds()) : EditScope.NOTHING;
	}

	/**
	 * Whether the person has the plan-wide right: the plan's header and structure, every
	 * item.
	 */
	public boolean mayEditPlan() {
		return scope().wholePlan();
	}

	/** Draft plans are offered (in the plan selector) only to those who may edit them. */
	public boolean maySeeDrafts() {
		return mayEditPlan();
	}

	/** Whether the person may change this item, its targets and milestones. */
	@Transactional(readOnly = true)
	public boolean mayEditItem(long itemId) {
		return scope().covers(this.outline.item(itemId));
	}

	/**
	 * Reporting progress on an item (its targets' values, its status updates, planned
	 * values) is editing it.
	 */
	@Transactional(readOnly = true)
	public boolean mayReportOn(long itemId) {
		return mayEditItem(itemId);
	}

	/**
	 * Refuses (403, and a line in the audit log) unless the person may report on the
	 * item.
	 */
	@Transactional(readOnly = true)
	public void checkReportOn(long itemId) {
		if (!mayReportOn(itemId)) {
			throw new AccessDeniedException("item " + itemId + " is not in the user's units");
		}
	}

	/**
	 * Importing a plan (a document or a workbook) creates a whole plan: it needs the
	 * plan-wide right.
	 */
	public void checkImport() {
		if (!mayEditPlan()) {
			throw new AccessDeniedException("importing a plan needs the plan-wide right");
		}
	}

	/**
	 * Whether the person reviews (approves or returns) the plan's progress reports:
	 * ADMIN, or STAFF given the reviewer right on that plan by ADMIN. Nobody reviews
	 * their own report; the progress module keeps that rule.
	 */
	@Transactional(readOnly = true)
	public boolean mayReview(long planId) {
		return this.users.current()
			.map(user -> user.has(Role.ADMIN) || (user.has(Role.STAFF) && this.reviewers.isReviewer(planId, user.id())))
			.orElse(false);
	}

	/**
	 * The people named to review the plan's reports (ADMIN reviews every plan without
	 * being named).
	 */
	@Transactional(readOnly = true)
	public List<Long> namedReviewers(long planId) {
		return this.reviewers.reviewersOf(planId);
	}

	/**
	 * The people named to review each of the plans, in one query (a plan with none named
	 * is left out).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<Long>> namedReviewers(Collection<Long> planIds) {
		return this.reviewers.reviewersOf(planIds);
	}

	/** Refuses (403, and a line in the audit log) unless the person reviews the plan. */
	@Transactional(readOnly = true)
	public void checkReview(long planId) {
		if (!mayReview(planId)) {
			throw new AccessDeniedException("plan " + planId + ": the user does not review its reports");
		}
	}

	/**
	 * Whether the person's reports skip review: ADMIN's reports are approved as they are
	 * made.
	 */
	public boolean reportsWithoutReview() {
		return this.users.current().map(user -> user.has(Role.ADMIN)).orElse(false);
	}

	/** Who reviews a plan's reports is ADMIN's to decide. */
	boolean mayChooseReviewers() {
		return this.users.current().map(user -> user.has(Role.ADMIN)).orElse(false);
	}

	void checkManageReviewers() {
		if (!mayChooseReviewers()) {
			throw new AccessDeniedException("a plan's reviewers are ADMIN's to choose");
		}
	}

	/**
	 * Refuses (403) unless the person has the plan-wide right (a plan's settings kept by
	 * other modules, such as whether its reports are reviewed).
	 */
	public void checkWholePlanRight() {
		checkWholePlan();
	}

	/**
	 * Whether the person may sign for (签收) what is assigned to the unit: only the unit's
	 * own STAFF. ADMIN and the plan-wide right do not sign for a unit they do not belong
	 * to: a signature says that the unit took the work on.
	 */
	public boolean maySignFor(long unitId) {
		return this.users.current().filter(user -> user.has(Role.STAFF) && user.unitIds().contains(unitId)).isPresent();
	}

	/**
	 * Whether the person oversees a plan's assignments (the unsigned list): ADMIN, the
	 * plan-wide right and LEADER.
	 */
	public boolean mayOversee() {
		return this.users.current().filter(user -> user.editsWholePlan() || user.has(Role.LEADER)).isPresent();
	}

	void checkWholePlan() {
		if (!mayEditPlan()) {
			throw new AccessDeniedException("the plan's structure needs the plan-wide right");
		}
	}

	void checkItem(PlanItem item) {
		if (!scope().covers(item)) {
			throw new AccessDeniedException("item " + item.getId() + " is not in the user's units");
		}
	}

}
