package org.leagueplan.plan;

/**
 * A record of the plan by kind and id: what a change answers for the person to see next
 * (a new plan, the plan a new section or a moved item is in, a new item, the item a
 * target or milestone belongs to, the unit list). The domain answers this, never an
 * address; only the web layer turns it into one ({@code PlanRoutes}). A create form's
 * one-time token keeps it in {@code form_submission} as {@code result_kind} and
 * {@code result_id}.
 */
record RecordRef(Kind kind, Long id) {

	public enum Kind {

		/** A plan, by its id. */
		PLAN,
		/** An item, by its id. */
		ITEM,
		/** The list of units: no id. */
		UNITS

	}

	public RecordRef {
		if (kind == null || ((kind == Kind.UNITS) != (id == null))) {
			throw new IllegalArgumentException("a plan or an item needs its id, the unit list has none");
		}
	}

	public static RecordRef plan(long planId) {
		return new RecordRef(Kind.PLAN, planId);
	}

	public static RecordRef item(long itemId) {
		return new RecordRef(Kind.ITEM, itemId);
	}

	public static RecordRef units() {
		return new RecordRef(Kind.UNITS, null);
	}

}
