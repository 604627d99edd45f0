package org.leagueplan.assessment;

import java.util.EnumMap;
import java.util.Map;

/**
 * The points (0–100 each, 100 together) each part of the score weighs.
 */
record Weights(int items, int quotas, int onTime, int returned, int overdue, int rectifications) {

	/** Where the office set none: 40, 20, 20, 5, 10, 5. */
	static final Weights DEFAULTS = new Weights(40, 20, 20, 5, 10, 5);

	/** What the weights must add up to. */
	static final int TOTAL = 100;

	int of(AssessmentPart part) {
		return switch (part) {
			case ITEMS -> this.items;
			case QUOTAS -> this.quotas;
			case ON_TIME -> this.onTime;
			case RETURNED -> this.returned;
			case OVERDUE -> this.overdue;
			case RECTIFICATIONS -> this.rectifications;
		};
	}

	int total() {
		return this.items + this.quotas + this.onTime + this.returned + this.overdue + this.rectifications;
	}

	Map<AssessmentPart, Integer> asMap() {
		Map<AssessmentPart, Integer> map = new EnumMap<>(AssessmentPart.class);
		for (AssessmentPart part : AssessmentPart.values()) {
			map.put(part, of(part));
		}
		return map;
	}

	@Override
	public String toString() {
		return "items=" + this.items + ", quotas=" + this.quotas + ", onTime=" + this.onTime + ", returned="
				+ this.returned + ", overdue=" + this.overdue + ", rectifications=" + this.rectifications;
	}

}
