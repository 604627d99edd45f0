package org.leagueplan.register;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A register (台账) backing one count target: its accepted entries are the value. */
@Entity
@Table(name = "register")
class Register {

	static final int MAX_NAME = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long targetId;

	private long planId;

	private String name;

	private Instant createdAt;

	@Version
	private long version;

	protected Register() {
	}

	Register(long targetId, long planId, String name, Instant createdAt) {
		this.targetId = targetId;
		this.planId = planId;
		this.name = name;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public long getTargetId() {
		return this.targetId;
	}

	public long getPlanId() {
		return this.planId;
	}

	public String getName() {
		return this.name;
	}

	void rename(String name) {
		this.name = name;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

}
