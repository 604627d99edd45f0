package org.leagueplan.progress;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.leagueplan.plan.ItemStatus;

/**
 * A status update of an item: the new status and what happened, with evidence.
 */
class ItemUpdateForm extends EvidenceForm {

	@NotNull
	private ItemStatus status;

	@NotBlank
	@Size(max = 4000)
	private String narrative;

	public ItemStatus getStatus() {
		return this.status;
	}

	public void setStatus(ItemStatus status) {
		this.status = status;
	}

	public String getNarrative() {
		return this.narrative;
	}

	public void setNarrative(String narrative) {
		this.narrative = narrative;
	}

}
