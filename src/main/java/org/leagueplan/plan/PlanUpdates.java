package org.leagueplan.plan;

import java.util.function.IntConsumer;

import org.springframework.stereotype.Service;

/**
 * Changes other modules may make to plans: an item's status, when staff report on the
 * item; a checked draft saved as a plan, when a document is imported. The caller checks
 * the person's right first.
 */
@Service
public class PlanUpdates {

	private final PlanEditor editor;

	private final PlanImporter importer;

	PlanUpdates(PlanEditor editor, PlanImporter importer) {
		this.editor = editor;
		this.importer = importer;
	}

	public void changeItemStatus(long itemId, ItemStatus status) {
		this.editor.changeItemStatus(itemId, status);
	}

	/**
	 * Saves a draft as a new plan in status draft ({@code intoPlanId} {@code null}) or
	 * adds it to that plan, all or nothing; {@code progress} hears how many items are
	 * saved so far. Returns the plan's id.
	 */
	public PlanDraft.Saved importDraft(PlanDraft draft, Long intoPlanId, IntConsumer progress) {
		return this.importer.save(draft, intoPlanId, progress);
	}

}
