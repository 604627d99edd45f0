package org.leagueplan.plan;

/**
 * How much a plan's texts may hold and which years a plan may be of — one definition for
 * the plan's own forms (by Bean Validation) and for a plan brought in from a document or
 * a workbook (importing's checks). A target's limits are {@link TargetFields}'.
 */
public final class PlanLimits {

	/** The first year a plan may be of. */
	public static final int YEAR_MIN = 2000;

	/** The last year a plan may be of. */
	public static final int YEAR_MAX = 2100;

	/**
	 * A plan's title, its organisation, a section's title, an item's heading, a
	 * milestone's title.
	 */
	public static final int TITLE_MAX = 200;

	/** A plan's preamble, an item's full text. */
	public static final int TEXT_MAX = 8000;

	private PlanLimits() {
	}

	/** Whether a plan may be of the year. */
	public static boolean isPlanYear(int year) {
		return year >= YEAR_MIN && year <= YEAR_MAX;
	}

}
