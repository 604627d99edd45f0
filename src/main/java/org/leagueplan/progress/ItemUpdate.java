package org.leagueplan.progress;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.leagueplan.plan.ItemStatus;

/**
 * A status update of an item with its narrative.
 */
@Entity
@Table(name = "item_update")
class ItemUpdate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long itemId;

	private Long planId;

	@Enumerated(EnumType.STRING)
	private ItemStatus status;

	private String narrative;

	private Long reportedBy;

	private Instant reportedAt;

	protected ItemUpdate() {
	}

	ItemUpdate(long itemId, long planId, ItemStatus status, String narrative, Long reportedBy, Instant reportedAt) {
		this.itemId = itemId;
		this.planId = planId;
		this.status = status;
		this.narrative = narrative;
		this.reportedBy = reportedBy;
		this.reportedAt = reportedAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public ItemStatus getStatus() {
		return this.status;
	}

	public String getNarrative() {
		return this.narrative;
	}

	public Long getReportedBy() {
		return this.reportedBy;
	}

	public Instant getReportedAt() {
		return this.reportedAt;
	}

}
