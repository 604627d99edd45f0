package org.leagueplan.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.leagueplan.importing.ImportForm.ItemRow;
import org.leagueplan.importing.ImportForm.MilestoneRow;
import org.leagueplan.importing.ImportForm.TargetRow;
import org.leagueplan.plan.PlanLimits;
import org.leagueplan.plan.TargetFields;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;

/**
 * What must hold before an import is saved: the plan's header filled in, every kept
 * section, item, target and milestone complete and within the columns' lengths, units and
 * owners that exist, and no implausible value left unconfirmed — a percentage above 100,
 * or a date more than a year from the plan's year.
 */
final class ImportChecks {

	static final int MAX_ITEMS = 500;

	private final Set<String> unitNames;

	private final Set<String> usernames;

	/**
	 * @param usernames the user names owners may have, in lower case
	 */
	ImportChecks(Set<String> unitNames, Set<String> usernames) {
		this.unitNames = unitNames;
		this.usernames = usernames;
	}

	void check(ImportForm form, Errors errors) {
		Integer year = form.getYear();
		if (year == null || !PlanLimits.isPlanYear(year)) {
			errors.rejectValue("year", "import.year.invalid");
		}
		boolean newPlan = form.getIntoPlanId() == null;
		text(form.getTitle(), PlanLimits.TITLE_MAX, newPlan, "title", errors);
		text(form.getOrganization(), PlanLimits.TITLE_MAX, newPlan, "organization", errors);
		text(form.getPreamble(), PlanLimits.TEXT_MAX, false, "preamble", errors);
		for (int i = 0; i < form.getSections().size(); i++) {
			text(form.getSections().get(i).getTitle(), PlanLimits.TITLE_MAX, true, "sections[" + i + "].title", errors);
		}
		List<ItemRow> kept = form.keptItems();
		if (kept.isEmpty()) {
			errors.reject("import.items.none");
		}
		else if (kept.size() > MAX_ITEMS) {
			errors.reject("import.items.tooMany", new Object[] { kept.size(), MAX_ITEMS }, null);
		}
		for (int i = 0; i < form.getItems().size(); i++) {
			ItemRow item = form.getItems().get(i);
			if (!item.isRemoved()) {
				item(item, year, "items[" + i + "].", form.getSections().size(), errors);
			}
		}
	}

	private void item(ItemRow item, Integer year, String path, int sectionCount, Errors errors) {
		if (item.getSection() < 0 || item.getSection() >= sectionCount) {
			errors.rejectValue(path + "section", "import.item.section");
		}
		text(item.getHeading(), PlanLimits.TITLE_MAX, true, path + "heading", errors);
		text(item.getText(), PlanLimits.TEXT_MAX, false, path + "text", errors);
		if (item.getStatus() == null) {
			errors.rejectValue(path + "status", "NotNull");
		}
		if (StringUtils.hasText(item.getLeadUnit()) && !this.unitNames.contains(item.getLeadUnit().strip())) {
			errors.rejectValue(path + "leadUnit", "import.unit.unknown", new Object[] { item.getLeadUnit().strip() },
					null);
		}
		ImportForms.unitNames(item.getAssistUnits())
			.stream()
			.filter(name -> !this.unitNames.contains(name))
			.findFirst()
			.ifPresent(name -> errors.rejectValue(path + "assistUnits", "import.unit.unknown", new Object[] { name },
					null));
		if (StringUtils.hasText(item.getOwner()) && !this.usernames.contains(item.getOwner().strip().toLowerCase())) {
			errors.rejectValue(path + "owner", "import.owner.unknown", new Object[] { item.getOwner().strip() }, null);
		}
		if (item.getStart() != null && item.getEnd() != null && item.getEnd().isBefore(item.getStart())) {
			errors.rejectValue(path + "end", "period.endBeforeStart");
		}
		boolean farDate = far(item.getStart(), year) || far(item.getEnd(), year);
		for (int j = 0; j < item.getTargets().size(); j++) {
			TargetRow target = item.getTargets().get(j);
			if (!target.isRemoved()) {
				target(target, path + "targets[" + j + "].", errors);
				farDate |= far(target.getDueDate(), year);
			}
		}
		for (int j = 0; j < item.getMilestones().size(); j++) {
			MilestoneRow milestone = item.getMilestones().get(j);
			if (!milestone.isRemoved()) {
				text(milestone.getTitle(), PlanLimits.TITLE_MAX, true, path + "milestones[" + j + "].title", errors);
				if (milestone.getDate() == null) {
					errors.rejectValue(path + "milestones[" + j + "].date", "NotNull");
				}
				farDate |= far(milestone.getDate(), year);
			}
		}
		if (farDate && !item.isDatesConfirmed()) {
			errors.rejectValue(path + "datesConfirmed", "import.dates.far", new Object[] { year }, null);
		}
	}

	private static void target(TargetRow target, String path, Errors errors) {
		text(target.getName(), TargetFields.NAME_MAX, true, path + "name", errors);
		text(target.getUnit(), TargetFields.UNIT_MAX, false, path + "unit", errors);
		text(target.getNote(), TargetFields.NOTE_MAX, false, path + "note", errors);
		if (target.getKind() == null) {
			errors.rejectValue(path + "kind", "NotNull");
			return;
		}
		if (target.getComparator() == null) {
			errors.rejectValue(path + "comparator", "NotNull");
		}
		if (target.getKind().isNumeric()) {
			number(target.getValue(), true, path + "value", errors);
			if (ImportForms.implausible(target) && !target.isConfirmed()) {
				errors.rejectValue(path + "value", "import.percentage.implausible",
						new Object[] { target.getValue().toPlainString() }, null);
			}
		}
		number(target.getBaseline(), false, path + "baseline", errors);
	}

	private static void number(BigDecimal value, boolean required, String path, Errors errors) {
		if (value == null) {
			if (required && !errors.hasFieldErrors(path)) {
				errors.rejectValue(path, "target.value.required");
			}
		}
		else if (!TargetFields.fits(value)) {
			errors.rejectValue(path, "import.number.range");
		}
	}

	private static void text(String value, int max, boolean required, String path, Errors errors) {
		if (required && !StringUtils.hasText(value)) {
			errors.rejectValue(path, "NotBlank");
		}
		else if (value != null && value.length() > max) {
			errors.rejectValue(path, "import.text.tooLong", new Object[] { value.length(), max }, null);
		}
	}

	private static boolean far(LocalDate date, Integer year) {
		return date != null && year != null && Math.abs(date.getYear() - year) > 1;
	}

}
