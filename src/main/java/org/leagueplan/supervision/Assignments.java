package org.leagueplan.supervision;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.leagueplan.account.UserDirectory;
import org.leagueplan.plan.PlanData;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanPermissions;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.PlanQueries.ItemUnits;
import org.leagueplan.system.CommitteeTime;
import org.leagueplan.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigns an active plan's items to their units and takes the units' signatures: the one
 * place where an assignment moves. Each move is announced ({@link AssignmentChanged}, for
 * the audit log); each open assignment is told to the staff of its unit in their inbox,
 * once per person (the notice's key).
 */
@Service
@Transactional
class Assignments {

	private final AssignmentRepository assignments;

	private final AssignmentInserts inserts;

	private final PlanQueries plans;

	private final PlanPermissions permissions;

	private final UserDirectory users;

	private final Inbox inbox;

	private final ApplicationEventPublisher events;

	private final CommitteeTime time;

	Assignments(AssignmentRepository assignments, AssignmentInserts inserts, PlanQueries plans,
			PlanPermissions permissions, UserDirectory users, Inbox inbox, ApplicationEventPublisher events,
			CommitteeTime time) {
		this.assignments = assignments;
		this.inserts = inserts;
		this.plans = plans;
		this.permissions = permissions;
		this.users = users;
		this.inbox = inbox;
		this.events = events;
		this.time = time;
	}

	/**
	 * Assigns every active item of the plan to its units (reopening what was withdrawn),
	 * if the plan is active; withdraws its open assignments if it is not.
	 */
	void assignPlan(long planId) {
		if (!this.plans.isActive(planId)) {
			withdrawOpenOfPlan(planId);
			return;
		}
		PlanData plan = this.plans.planData(planId);
		Set<Long> units = new HashSet<>();
		for (ItemRef item : plan.items()) {
			if (item.leadUnitId() != null) {
				units.add(item.leadUnitId());
			}
			units.addAll(item.assistUnitIds());
		}
		Map<Long, List<Long>> staff = this.users.staffIdsByUnit(units);
		for (ItemRef item : plan.items()) {
			reconcile(planId, item.id(), item.heading(), item.leadUnitId(), item.assistUnitIds(), staff);
		}
	}

	/**
	 * Brings the item's assignments in line with its units as stored now, if its plan is
	 * active and the item is not archived: new units are assigned, withdrawn ones
	 * reopened, removed units' open assignments withdrawn (signed ones stay). An archived
	 * item, or one of a plan that is not active, has its open assignments withdrawn.
	 */
	void assignItem(long itemId) {
		ItemUnits item = this.plans.itemUnits(itemId);
		if (!item.planActive() || item.archived()) {
			withdrawAll(this.assignments.findByItemIdOrderById(itemId).stream().filter(Assignment::isOpen).toList(),
					Map.of(itemId, item.heading()));
			return;
		}
		Set<Long> units = new HashSet<>(item.assistUnitIds());
		if (item.leadUnitId() != null) {
			units.add(item.leadUnitId());
		}
		reconcile(item.planId(), itemId, item.heading(), item.leadUnitId(), item.assistUnitIds(),
				this.users.staffIdsByUnit(units));
	}

	/**
	 * Assigns, withdraws and reopens the item's assignments, and tells the staff of each
	 * open one ({@code staff}: the staff of at least the item's units, by unit).
	 */
	private void reconcile(long planId, long itemId, String heading, Long leadUnitId, Set<Long> assistUnitIds,
			Map<Long, List<Long>> staff) {
		Instant now = this.time.now();
		Map<String, UnitRole> wanted = new LinkedHashMap<>();
		if (leadUnitId != null) {
			wanted.put(key(leadUnitId, UnitRole.LEAD), UnitRole.LEAD);
		}
		assistUnitIds.stream()
			.filter(unitId -> !unitId.equals(leadUnitId))
			.forEach(unitId -> wanted.put(key(unitId, UnitRole.ASSIST), UnitRole.ASSIST));
		Set<String> added = new HashSet<>();
		for (Map.Entry<String, UnitRole> entry : wanted.entrySet()) {
			long unitId = Long.parseLong(entry.getKey().substring(0, entry.getKey().indexOf(':')));
			if (this.inserts.insertIfAbsent(planId, itemId, unitId, entry.getValue(), now) == 1) {
				added.add(entry.getKey());
			}
		}
		List<Assignment> all = this.assignments.findByItemIdOrderById(itemId);
		for (Assignment assignment : all) {
			String key = key(assignment.getUnitId(), assignment.getRole());
			if (added.contains(key)) {
				announce("ASSIGNED", assignment, heading, null);
			}
			else if (wanted.containsKey(key) && assignment.isWithdrawn()) {
				String before = assignment.describe();
				assignment.reopen(now);
				announce("REOPENED", assignment, heading, before);
			}
			else if (!wanted.containsKey(key) && assignment.isOpen()) {
				String before = assignment.describe();
				assignment.withdraw(now);
				announce("WITHDRAWN", assignment, heading, before);
			}
		}
		List<Assignment> open = all.stream().filter(Assignment::isOpen).toList();
		for (Assignment assignment : open) {
			for (long userId : staff.getOrDefault(assignment.getUnitId(), List.of())) {
				this.inbox.post(new Notice(userId, NoticeKind.SIGN_FOR, planId, itemId, heading, null,
						"signfor:assignment:" + assignment.getId() + ":" + assignment.getAssignedAt().toEpochMilli()
								+ ":user:" + userId));
			}
		}
	}

	private void withdrawOpenOfPlan(long planId) {
		List<Assignment> open = this.assignments.findOpenOfPlan(planId);
		if (open.isEmpty()) {
			return;
		}
		Map<Long, String> headings = new HashMap<>();
		this.plans.itemUnits(open.stream().map(Assignment::getItemId).collect(Collectors.toSet()))
			.forEach((itemId, units) -> headings.put(itemId, units.heading()));
		withdrawAll(open, headings);
	}

	/** Withdraws the open assignments ({@code headings}: their items' headings by id). */
	private void withdrawAll(List<Assignment> open, Map<Long, String> headings) {
		Instant now = this.time.now();
		for (Assignment assignment : open) {
			String before = assignment.describe();
			assignment.withdraw(now);
			announce("WITHDRAWN", assignment, headings.get(assignment.getItemId()), before);
		}
	}

	private static String key(long unitId, UnitRole role) {
		return unitId + ":" + role;
	}

	/**
	 * Signs for the assignment as the logged-in person, with an optional note. Refuses
	 * (403) anyone but a STAFF member of the assignment's unit; answers why else nothing
	 * was signed.
	 */
	SignOutcome sign(long assignmentId, Long version, String note) {
		Assignment assignment = checkSignFor(assignmentId);
		if (assignment.isWithdrawn()) {
			return SignOutcome.WITHDRAWN;
		}
		if (assignment.isSigned()) {
			return SignOutcome.ALREADY_SIGNED;
		}
		if (version == null || version != assignment.getVersion()) {
			return SignOutcome.STALE;
		}
		long userId = this.users.current().orElseThrow().id();
		String before = assignment.describe();
		assignment.sign(userId, (note == null || note.isBlank()) ? null : note.strip(), this.time.now());
		announce("SIGNED", assignment, this.plans.itemUnits(assignment.getItemId()).heading(), before);
		return SignOutcome.SIGNED;
	}

	/**
	 * Refuses (404 for an unknown assignment, 403 and a line in the audit log) unless the
	 * person may sign for the assignment's unit.
	 */
	@Transactional(readOnly = true)
	Assignment checkSignFor(long assignmentId) {
		Assignment assignment = this.assignments.findById(assignmentId)
			.orElseThrow(() -> new NotFoundException("assignment", assignmentId));
		if (!this.permissions.maySignFor(assignment.getUnitId())) {
			throw new AccessDeniedException("assignment " + assignmentId + " is not assigned to a unit of the user's");
		}
		return assignment;
	}

	private void announce(String action, Assignment assignment, String heading, String before) {
		this.events.publishEvent(new AssignmentChanged(action, assignment.getId(), assignment.getPlanId(),
				assignment.getItemId(), assignment.getUnitId(), heading, before, assignment.describe()));
	}

	enum SignOutcome {

		SIGNED, STALE, ALREADY_SIGNED, WITHDRAWN

	}

}
