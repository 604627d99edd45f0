package org.leagueplan.plan;

import java.util.Map;

/**
 * A plan with the texts that {@link PlanData} leaves out — the preamble, every item's full text, every target's
 * note — and the name of every unit its items name (archived units included), for writing the plan out whole.
 */
public record PlanDocument(PlanData data, String preamble, Map<Long, String> itemBodies,
		Map<Long, String> targetNotes, Map<Long, String> unitNames) {

	public String body(long itemId) {
		return this.itemBodies.get(itemId);
	}

	public String note(long targetId) {
		return this.targetNotes.get(targetId);
	}

	/** The unit's name, or {@code null} for no unit. */
	public String unitName(Long unitId) {
		return (unitId != null) ? this.unitNames.get(unitId) : null;
	}

}
