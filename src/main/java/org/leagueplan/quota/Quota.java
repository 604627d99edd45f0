package org.leagueplan.quota;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A unit's share of a count target ({@code target_quota}): one per target and unit; a
 * unit taken off the split is archived, not deleted, and keeps its reports.
 */
@Entity
@Table(name = "target_quota")
@DynamicUpdate
class Quota {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long planId;

	private Long itemId;

	private Long targetId;

	private Long unitId;

	private BigDecimal amount;

	private boolean archived;

	@Version
	private Long version;

	protected Quota() {
	}

	Quota(long planId, long itemId, long targetId, long unitId, BigDecimal amount) {
		this.planId = planId;
		this.itemId = itemId;
		this.targetId = targetId;
		this.unitId = unitId;
		this.amount = amount;
	}

	/** Sets the amount and brings the unit back into the split; whether it changed. */
	boolean assign(BigDecimal newAmount) {
		boolean changed = this.archived || this.amount.compareTo(newAmount) != 0;
		if (changed) {
			this.amount = newAmount;
			this.archived = false;
		}
		return changed;
	}

	/** Takes the unit off the split; whether it was in it. */
	boolean archive() {
		boolean changed = !this.archived;
		this.archived = true;
		return changed;
	}

	Long getId() {
		return this.id;
	}

	long getPlanId() {
		return this.planId;
	}

	long getItemId() {
		return this.itemId;
	}

	long getTargetId() {
		return this.targetId;
	}

	long getUnitId() {
		return this.unitId;
	}

	BigDecimal getAmount() {
		return this.amount;
	}

	boolean isArchived() {
		return this.archived;
	}

	long getVersion() {
		return (this.version != null) ? this.version : 0;
	}

}
