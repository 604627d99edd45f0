package org.leagueplan.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.TargetComparator;
import org.leagueplan.plan.TargetKind;

/**
 * A plan workbook as {@link PlanWorkbookReader} read it back: the plan information, the
 * sections and subsections in the order they appear, an item per section / subsection /
 * number with its targets and milestones, the rows read (for the person to check what was
 * read against the file), and the progress history and planned values it brings, which
 * {@link WorkbookHistory} matches to the plan as checked. Items and targets carry keys
 * ({@code r12}, {@code t12}: the plan sheet's row they were first read from) that the
 * history names them by.
 *
 * @param year the plan's year, {@code null} when the workbook gives none
 */
public record WorkbookPlan(Integer year, String title, String organization, String preamble, List<Section> sections,
		List<Item> items, List<Line> lines, List<WorkbookHistory.Entry> history,
		List<WorkbookHistory.Planned> planned) {

	/**
	 * A section or subsection.
	 *
	 * @param label its label by its place among its siblings: {@code 一、} or {@code （一）}
	 * @param parent the index of its section in {@link WorkbookPlan#sections()},
	 * {@code null} for a section
	 */
	public record Section(String label, String title, Integer parent) {
	}

	/**
	 * An item.
	 *
	 * @param section the index of its section or subsection in
	 * {@link WorkbookPlan#sections()}
	 * @param assistUnits the assisting units' names as written, joined by
	 * {@link PlanWorkbookLayout#NAME_SEPARATOR}
	 * @param owner the owner's username
	 */
	public record Item(String key, int section, String heading, String text, String leadUnit, String assistUnits,
			String owner, LocalDate start, LocalDate end, ItemStatus status, List<Target> targets,
			List<Milestone> milestones) {
	}

	public record Target(String key, String name, TargetKind kind, TargetComparator comparator, BigDecimal value,
			String unit, BigDecimal baseline, LocalDate dueDate, String note) {
	}

	public record Milestone(String title, LocalDate date, boolean done) {
	}

	/**
	 * A row read, in the order read: a section's heading ({@code label} its label) or an
	 * item's first row ({@code label} the sheet and row, {@code 工作计划 12}).
	 */
	public record Line(boolean section, String label, String text) {
	}

}
