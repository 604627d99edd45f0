package org.leagueplan.progress;

import java.time.LocalDate;

/**
 * A rectification (整改) as lists show it: its item (with the item's heading), the target
 * far behind, the corrective action and its deadline, where it stands, the responsible
 * unit, and whether it is overdue today (its deadline passed and it is not accepted).
 */
public record RectificationSummary(long id, long itemId, long planId, long targetId, String heading, String targetName,
		String action, LocalDate deadline, RectificationState state, Long unitId, boolean overdue) {

	/** Whether the unit owes work on it: open or returned. */
	public boolean owedByUnit() {
		return this.state.owedByUnit();
	}

}
