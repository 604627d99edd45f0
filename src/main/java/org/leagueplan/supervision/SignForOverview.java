package org.leagueplan.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.leagueplan.account.UnitDirectory;
import org.leagueplan.account.UnitRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.PlanQueries.ItemUnits;
import org.leagueplan.system.CommitteeTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which assignments of a plan wait too long for their signature: unsigned (and not
 * withdrawn) for more than the plan's number of days (its {@link SupervisionSettings}, 3
 * by default), counted from the moment of assignment to now. Public for the dashboard's
 * count; the list and the settings are this module's pages'.
 */
@Service
@Transactional(readOnly = true)
public class SignForOverview {

	private final AssignmentRepository assignments;

	private final SupervisionSettingsRepository settings;

	private final PlanQueries plans;

	private final UnitDirectory units;

	private final CommitteeTime time;

	SignForOverview(AssignmentRepository assignments, SupervisionSettingsRepository settings, PlanQueries plans,
			UnitDirectory units, CommitteeTime time) {
		this.assignments = assignments;
		this.settings = settings;
		this.plans = plans;
		this.units = units;
		this.time = time;
	}

	/** How many of the plan's assignments are overdue for their signature now. */
	public long overdueSignatures(long planId) {
		return this.assignments.countUnsignedSince(planId, overdueBefore(settings(planId)));
	}

	SupervisionSettings settings(long planId) {
		return this.settings.findById(planId).orElseGet(() -> SupervisionSettings.defaults(planId));
	}

	/** The overdue assignments, longest waiting first, with what a reader needs. */
	List<Unsigned> overdue(long planId) {
		List<Assignment> overdue = this.assignments.findUnsignedSince(planId, overdueBefore(settings(planId)));
		Map<Long, ItemUnits> items = this.plans
			.itemUnits(overdue.stream().map(Assignment::getItemId).collect(Collectors.toSet()));
		Map<Long, String> unitNames = unitNames();
		LocalDate today = this.time.today();
		return overdue.stream()
			.filter(assignment -> items.containsKey(assignment.getItemId()))
			.map(assignment -> new Unsigned(assignment.getId(), assignment.getItemId(),
					items.get(assignment.getItemId()).heading(),
					Objects.requireNonNullElse(unitNames.get(assignment.getUnitId()), ""), assignment.getRole().name(),
					this.time.dayOf(assignment.getAssignedAt()),
					ChronoUnit.DAYS.between(this.time.dayOf(assignment.getAssignedAt()), today)))
			.toList();
	}

	Map<Long, String> unitNames() {
		return this.units.allUnits().stream().collect(Collectors.toMap(UnitRef::id, UnitRef::name, (a, b) -> a));
	}

	private Instant overdueBefore(SupervisionSettings settings) {
		return this.time.now().minus(settings.getSignForDays(), ChronoUnit.DAYS);
	}

	/**
	 * An overdue assignment as the office's list shows it.
	 *
	 * @param role {@code LEAD} or {@code ASSIST}
	 * @param daysWaiting whole days from the day of assignment to today
	 */
	public record Unsigned(long assignmentId, long itemId, String itemHeading, String unitName, String role,
			LocalDate assignedOn, long daysWaiting) {
	}

}
