package org.leagueplan.plan;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.leagueplan.plan.PlanData.ItemRef;

/**
 * A plan with the texts that {@link PlanData} leaves out — the preamble, every item's
 * full text, every target's note — and the name of every unit its items name (archived
 * units included), for writing the plan out whole.
 */
public record PlanDocument(PlanData data, String preamble, Map<Long, String> itemBodies, Map<Long, String> targetNotes,
		Map<Long, String> unitNames) {

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

	/**
	 * The names of the item's assisting units as a written plan lists them: in the order
	 * of the plan's units ({@link PlanData#units()}), units not among them after, by
	 * name.
	 */
	public List<String> assistUnitNames(ItemRef item) {
		Map<Long, Integer> unitOrder = new HashMap<>();
		this.data.units().forEach(unit -> unitOrder.put(unit.id(), unitOrder.size()));
		return item.assistUnitIds()
			.stream()
			.sorted(Comparator.comparing((Long id) -> unitOrder.getOrDefault(id, Integer.MAX_VALUE))
				.thenComparing(this::unitName, Comparator.nullsLast(Comparator.naturalOrder())))
			.map(this::unitName)
			.filter(Objects::nonNull)
			.toList();
	}

}
