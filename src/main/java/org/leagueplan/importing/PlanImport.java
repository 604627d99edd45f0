package org.leagueplan.importing;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A document being imported by one person: its content while they check it, then the
 * progress of saving it and the plan it became.
 */
@Entity
@Table(name = "plan_import")
class PlanImport {

	public enum State {

		EDITING, SAVING, SAVED, FAILED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	private String sourceName;

	@Basic(fetch = FetchType.LAZY)
	@Column(name = "content")
	private byte[] content;

	@Enumerated(EnumType.STRING)
	private State state;

	private int itemsTotal;

	private int itemsSaved;

	private Long planId;

	private String failure;

	/**
	 * The instance running the background save ({@code host:port} unless configured),
	 * while saving.
	 */
	private String saveInstance;

	/** This run of that instance: a restarted instance has a new one. */
	private String saveRun;

	/** When the running save last said it is still going (its lease). */
	private Instant saveHeartbeatAt;

	protected PlanImport() {
	}

	PlanImport(long createdBy, Instant now, String sourceName, byte[] content) {
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
		this.sourceName = sourceName;
		this.content = content;
		this.state = State.EDITING;
	}

	void replaceContent(byte[] content, Instant now) {
		this.content = content;
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getSourceName() {
		return this.sourceName;
	}

	public byte[] getContent() {
		return this.content;
	}

	public State getState() {
		return this.state;
	}

	public int getItemsTotal() {
		return this.itemsTotal;
	}

	public int getItemsSaved() {
		return this.itemsSaved;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public String getFailure() {
		return this.failure;
	}

	public String getSaveInstance() {
		return this.saveInstance;
	}

	public String getSaveRun() {
		return this.saveRun;
	}

	public Instant getSaveHeartbeatAt() {
		return this.saveHeartbeatAt;
	}

}
