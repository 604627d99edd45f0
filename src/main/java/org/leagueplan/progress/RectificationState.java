package org.leagueplan.progress;

/**
 * Where a rectification (整改) stands: {@code OPEN} — the unit works on the corrective
 * action; {@code DONE_REPORTED} — its staff reported it done, a reviewer decides;
 * {@code ACCEPTED} — a reviewer accepted it (closed); {@code RETURNED} — a reviewer sent
 * it back with a reason, the unit reports it done again.
 */
public enum RectificationState {

	OPEN, DONE_REPORTED, ACCEPTED, RETURNED;

	/** Whether the unit owes work on it: open or returned. */
	public boolean owedByUnit() {
		return this == OPEN || this == RETURNED;
	}

}
