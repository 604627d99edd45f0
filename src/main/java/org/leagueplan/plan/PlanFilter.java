package org.leagueplan.plan;

import java.util.Locale;

import org.springframework.util.StringUtils;

/**
 * What the plan page is narrowed to: a responsible unit (lead or assisting), an item
 * status and a text that the heading or the full text contains (any substring, Chinese
 * included; Latin letters ignore case).
 */
record PlanFilter(Long unitId, ItemStatus status, String text) {

	public static final PlanFilter NONE = new PlanFilter(null, null, null);

	public boolean isActive() {
		return this.unitId != null || this.status != null || StringUtils.hasText(this.text);
	}

	boolean matches(PlanItem item) {
		return matchesUnit(item) && (this.status == null || item.getStatus() == this.status) && matchesText(item);
	}

	private boolean matchesUnit(PlanItem item) {
		if (this.unitId == null) {
			return true;
		}
		boolean lead = item.getLeadUnit() != null && this.unitId.equals(item.getLeadUnit().getId());
		return lead || item.getAssistUnits().stream().anyMatch(unit -> this.unitId.equals(unit.getId()));
	}

	private boolean matchesText(PlanItem item) {
		if (!StringUtils.hasText(this.text)) {
			return true;
		}
		String needle = this.text.strip().toLowerCase(Locale.ROOT);
		return contains(item.getHeading(), needle) || contains(item.getBody(), needle);
	}

	private static boolean contains(String haystack, String needle) {
		return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
	}

}
