package org.leagueplan.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.leagueplan.plan.TargetComparator;
import org.leagueplan.plan.TargetKind;

/**
 * A plan document as the parser read it, before a person checks it.
 */
record ParsedPlan(String title, Integer year, String preamble, List<Section> sections, List<String> dropped) {

	/** All items, in document order. */
	public List<Item> items() {
		return this.sections.stream()
			.flatMap(section -> java.util.stream.Stream.concat(section.items().stream(),
					section.subsections().stream().flatMap(sub -> sub.items().stream())))
			.toList();
	}

	public record Section(String label, String title, List<Section> subsections, List<Item> items) {
	}

	/**
	 * An item: its number, heading (first clause), full text, what was found in it, and
	 * where in the text each find stands ({@code marks}, in text order).
	 */
	public record Item(int number, String heading, String text, List<Target> targets, LocalDate start, LocalDate end,
			List<Milestone> milestones, List<Mark> marks) {
	}

	/** A stretch of an item's text the parser read as a target, a period or a date. */
	public record Mark(int start, int end, Kind kind) {

		public enum Kind {

			TARGET, PERIOD, DATE

		}

	}

	/**
	 * A target found in an item's text; {@code implausible} marks a value a person must
	 * confirm (a percentage above 100); {@code offset} is where it stands in the item's
	 * text.
	 */
	public record Target(String name, TargetKind kind, TargetComparator comparator, BigDecimal value, String unit,
			boolean implausible, int offset) {
	}

	public record Milestone(String title, LocalDate date, int offset) {
	}

}
