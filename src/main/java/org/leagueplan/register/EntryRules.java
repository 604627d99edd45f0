package org.leagueplan.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.leagueplan.account.CurrentUser;
import org.leagueplan.account.Role;
import org.leagueplan.plan.PlanData.UnitRef;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.progress.ReportRules;
import org.leagueplan.progress.ReportRules.Violation;
import org.springframework.stereotype.Component;

/**
 * What an entry must be to be taken — the one set of rules a person's form and an
 * imported row pass: a name, a unit the person belongs to (ADMIN and the plan-wide right:
 * any active unit), a date by the rule of a report's as-of day ({@link ReportRules}: in
 * the plan's year, not after today), place and description within their lengths, and each
 * of the register's own fields' values by its kind. Answers the broken rules as
 * {@link Violation}s naming the form's fields ({@code values[7]} for field 7).
 */
@Component
class EntryRules {

	private static final Map<String, String> DATE_CODES = Map.of("NotNull", "register.entry.date.required",
			"report.asOf.outsideYear", "register.entry.date.outsideYear", "report.asOf.future",
			"register.entry.date.future");

	private final ReportRules reportRules;

	private final PlanQueries plans;

	EntryRules(ReportRules reportRules, PlanQueries plans) {
		this.reportRules = reportRules;
		this.plans = plans;
	}

	/** The units the person may register entries for, by id. */
	Map<Long, String> unitsFor(CurrentUser user) {
		Map<Long, String> units = new java.util.LinkedHashMap<>();
		boolean any = user.has(Role.ADMIN) || user.editsWholePlan();
		for (UnitRef unit : this.plans.units()) {
			if (any || user.unitIds().contains(unit.id())) {
				units.put(unit.id(), unit.name());
			}
		}
		return units;
	}

	List<Violation> violations(EntryInput input, int planYear, List<RegisterField> fields, Set<Long> allowedUnits) {
		List<Violation> found = new ArrayList<>();
		if (input.name() == null || input.name().isBlank()) {
			found.add(new Violation("name", "register.entry.name.required", List.of()));
		}
		else if (input.name().length() > RegisterEntry.MAX_NAME) {
			found.add(new Violation("name", "register.entry.tooLong", List.of(RegisterEntry.MAX_NAME)));
		}
		if (input.unitId() == null) {
			found.add(new Violation("unitId", "register.entry.unit.required", List.of()));
		}
		else if (!allowedUnits.contains(input.unitId())) {
			found.add(new Violation("unitId", "register.entry.unit.notYours", List.of()));
		}
		// the rule of a report's as-of day, told in the words of an entry's date
		this.reportRules.dayViolations("entryDate", input.entryDate(), planYear)
			.forEach(violation -> found
				.add(new Violation(violation.field(), DATE_CODES.get(violation.code()), violation.arguments())));
		if (input.place() != null && input.place().length() > RegisterEntry.MAX_PLACE) {
			found.add(new Violation("place", "register.entry.tooLong", List.of(RegisterEntry.MAX_PLACE)));
		}
		if (input.description() != null && input.description().length() > RegisterEntry.MAX_DESCRIPTION) {
			found.add(new Violation("description", "register.entry.tooLong", List.of(RegisterEntry.MAX_DESCRIPTION)));
		}
		for (RegisterField field : fields) {
			if (field.isArchived()) {
				continue;
			}
			String problem = field.problemOf(input.values().get(field.getId()));
			if (problem != null) {
				found.add(new Violation("values[" + field.getId() + "]", problem, List.of(field.getLabel())));
			}
		}
		return found;
	}

	/** The values to store: the active fields' non-blank values, stripped. */
	static Map<Long, String> kept(EntryInput input, List<RegisterField> fields) {
		Map<Long, String> kept = new HashMap<>();
		for (RegisterField field : fields) {
			String value = input.values().get(field.getId());
			if (!field.isArchived() && value != null && !value.isBlank()) {
				kept.put(field.getId(), value.strip());
			}
		}
		return kept;
	}

}
