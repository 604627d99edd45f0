package org.leagueplan.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One thing a register counts: its name, the unit it belongs to, its date, place and
 * description, the values of the register's own fields, and where it stands
 * ({@link EntryState}). {@code countedAt} is when it was accepted (made, where review is
 * off): it counts from then on, for every day from its date.
 */
@Entity
@Table(name = "register_entry")
class RegisterEntry {

	static final int MAX_NAME = 200;

	static final int MAX_PLACE = 200;

	static final int MAX_DESCRIPTION = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long registerId;

	private long planId;

	private long targetId;

	private String name;

	private long unitId;

	private LocalDate entryDate;

	private String place;

	private String description;

	@Enumerated(EnumType.STRING)
	private EntryState state;

	private Long authorId;

	private Instant madeAt;

	private Instant countedAt;

	private String reason;

	@ElementCollection
	@CollectionTable(name = "register_entry_value", joinColumns = @JoinColumn(name = "entry_id"))
	@MapKeyColumn(name = "field_id")
	@Column(name = "field_value")
	private Map<Long, String> values = new HashMap<>();

	@Version
	private long version;

	protected RegisterEntry() {
	}

	RegisterEntry(Register register, Long authorId, Instant madeAt) {
		this.registerId = register.getId();
		this.planId = register.getPlanId();
		this.targetId = register.getTargetId();
		this.authorId = authorId;
		this.madeAt = madeAt;
		this.state = EntryState.PENDING;
	}

	void fill(String name, long unitId, LocalDate entryDate, String place, String description,
			Map<Long, String> values) {
		this.name = name;
		this.unitId = unitId;
		this.entryDate = entryDate;
		this.place = place;
		this.description = description;
		this.values.clear();
		this.values.putAll(values);
	}

	/** Submitted (again): waits for a reviewer. */
	void submit() {
		this.state = EntryState.PENDING;
		this.reason = null;
		this.countedAt = null;
	}

	void accept(Instant at) {
		this.state = EntryState.ACCEPTED;
		this.reason = null;
		this.countedAt = at;
	}

	void sendBack(String reason) {
		this.state = EntryState.RETURNED;
		this.reason = reason;
	}

	void withdraw(String reason) {
		this.state = EntryState.WITHDRAWN;
		this.reason = reason;
		this.countedAt = null;
	}

	public Long getId() {
		return this.id;
	}

	public long getRegisterId() {
		return this.registerId;
	}

	public long getPlanId() {
		return this.planId;
	}

	public long getTargetId() {
		return this.targetId;
	}

	public String getName() {
		return this.name;
	}

	public long getUnitId() {
		return this.unitId;
	}

	public LocalDate getEntryDate() {
		return this.entryDate;
	}

	public String getPlace() {
		return this.place;
	}

	public String getDescription() {
		return this.description;
	}

	public EntryState getState() {
		return this.state;
	}

	public Long getAuthorId() {
		return this.authorId;
	}

	public Instant getMadeAt() {
		return this.madeAt;
	}

	public Instant getCountedAt() {
		return this.countedAt;
	}

	public String getReason() {
		return this.reason;
	}

	public Map<Long, String> getValues() {
		return this.values;
	}

	public long getVersion() {
		return this.version;
	}

}
