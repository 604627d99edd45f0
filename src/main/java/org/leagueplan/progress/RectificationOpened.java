package org.leagueplan.progress;

import java.time.LocalDate;

/**
 * A report that leaves its target far behind set a corrective action with a deadline: a
 * rectification (整改) was opened for the target ({@code updated} false), or the one in
 * progress was restated ({@code updated} true; its state is kept). {@code unitId} is the
 * responsible unit (the item's lead unit), {@code step} the trail step of this opening or
 * update.
 */
public record RectificationOpened(long rectificationId, long itemId, long planId, long targetId, Long unitId,
		LocalDate deadline, boolean updated, long step) {
}
