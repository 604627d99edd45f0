package org.leagueplan.plan;

import org.leagueplan.plan.internal.PlanEditor;
import org.springframework.stereotype.Service;

/**
 * Changes other modules may make to plans: an item's status, when staff report on the item.
 */
@Service
public class PlanUpdates {

	private final PlanEditor editor;

	PlanUpdates(PlanEditor editor) {
		this.editor = editor;
	}

	public void changeItemStatus(long itemId, ItemStatus status) {
		this.editor.changeItemStatus(itemId, status);
	}

}
