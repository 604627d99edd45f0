package org.leagueplan.plan;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;

/**
 * What every editable part of a plan shares: an id, a version for optimistic locking, a
 * place among its siblings, and an archived flag (nothing is ever deleted from a page).
 * Subclasses use dynamic updates, so a save writes only the columns it changed and an
 * edit never undoes a concurrent move.
 */
@MappedSuperclass
abstract class PlanRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	// Moving or archiving a record does not make an open edit form of it stale.
	@OptimisticLock(excluded = true)
	private int sortOrder;

	@OptimisticLock(excluded = true)
	private boolean archived;

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public boolean isArchived() {
		return this.archived;
	}

	void placeAt(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	void archive() {
		this.archived = true;
	}

	void restore() {
		this.archived = false;
	}

}
