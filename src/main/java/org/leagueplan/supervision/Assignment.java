package org.leagueplan.supervision;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An item of an active plan assigned (交办) to one of its units, as lead or assisting unit.
 * It is open until a staff member of the unit signs for it (签收), or withdrawn when the
 * unit is taken off the item before that; a unit named on the item again reopens its
 * withdrawn assignment. A signed assignment is never withdrawn: the signature stays on
 * record.
 */
@Entity
@Table(name = "assignment")
class Assignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long planId;

	private long itemId;

	private long unitId;

	@Enumerated(EnumType.STRING)
	@Column(name = "unit_role")
	private UnitRole role;

	private Instant assignedAt;

	private Instant signedAt;

	private Long signedBy;

	private String note;

	private Instant withdrawnAt;

	protected Assignment() {
	}

	Assignment(long planId, long itemId, long unitId, UnitRole role, Instant assignedAt) {
		this.planId = planId;
		this.itemId = itemId;
		this.unitId = unitId;
		this.role = role;
		this.assignedAt = assignedAt;
	}

	boolean isOpen() {
		return this.signedAt == null && this.withdrawnAt == null;
	}

	boolean isSigned() {
		return this.signedAt != null;
	}

	boolean isWithdrawn() {
		return this.withdrawnAt != null;
	}

	void sign(long userId, String note, Instant at) {
		this.signedBy = userId;
		this.note = note;
		this.signedAt = at;
	}

	void withdraw(Instant at) {
		this.withdrawnAt = at;
	}

	/** Assigns a withdrawn assignment again, as of now. */
	void reopen(Instant at) {
		this.withdrawnAt = null;
		this.assignedAt = at;
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	long getPlanId() {
		return this.planId;
	}

	long getItemId() {
		return this.itemId;
	}

	long getUnitId() {
		return this.unitId;
	}

	UnitRole getRole() {
		return this.role;
	}

	Instant getAssignedAt() {
		return this.assignedAt;
	}

	Instant getSignedAt() {
		return this.signedAt;
	}

	Long getSignedBy() {
		return this.signedBy;
	}

	String getNote() {
		return this.note;
	}

	Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

	String describe() {
		return "item=" + this.itemId + "; unit=" + this.unitId + "; role=" + this.role + "; assignedAt="
				+ this.assignedAt + "; signedAt=" + this.signedAt + "; signedBy=" + this.signedBy + "; note="
				+ this.note + "; withdrawnAt=" + this.withdrawnAt;
	}

}
