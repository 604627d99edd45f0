package org.leagueplan.progress;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step of an item's closing trail: who requested, accepted, returned or reopened it,
 * when, and the summary or reason. Written once, never changed.
 */
@Entity
@Table(name = "item_closing_step")
class ItemClosingStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long itemId;

	private String action;

	private String text;

	private Long actorId;

	private Instant actedAt;

	protected ItemClosingStep() {
	}

	ItemClosingStep(long itemId, ClosingState action, String text, Long actorId, Instant actedAt) {
		this.itemId = itemId;
		this.action = action.name();
		this.text = text;
		this.actorId = actorId;
		this.actedAt = actedAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getAction() {
		return this.action;
	}

	public String getText() {
		return this.text;
	}

	public Long getActorId() {
		return this.actorId;
	}

	public Instant getActedAt() {
		return this.actedAt;
	}

}
