package org.leagueplan.register;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A field the office defines for a register: its label, kind, choices (for CHOICE, one
 * per line) and whether it is required. Archived, never deleted.
 */
@Entity
@Table(name = "register_field")
class RegisterField {

	static final int MAX_LABEL = 100;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long registerId;

	private int position;

	private String label;

	@Enumerated(EnumType.STRING)
	private FieldKind kind;

	private String choices;

	private boolean required;

	private boolean archived;

	@Version
	private long version;

	protected RegisterField() {
	}

	RegisterField(long registerId, int position, String label, FieldKind kind, String choices, boolean required) {
		this.registerId = registerId;
		this.position = position;
		this.label = label;
		this.kind = kind;
		this.choices = (kind == FieldKind.CHOICE) ? choices : null;
		this.required = required;
	}

	public Long getId() {
		return this.id;
	}

	public long getRegisterId() {
		return this.registerId;
	}

	public int getPosition() {
		return this.position;
	}

	public String getLabel() {
		return this.label;
	}

	public FieldKind getKind() {
		return this.kind;
	}

	public String getChoices() {
		return this.choices;
	}

	public List<String> choiceList() {
		return choiceList(this.choices);
	}

	static List<String> choiceList(String choices) {
		return (choices == null) ? List.of()
				: choices.lines().map(String::strip).filter(line -> !line.isEmpty()).distinct().toList();
	}

	public boolean isRequired() {
		return this.required;
	}

	public boolean isArchived() {
		return this.archived;
	}

	void archive() {
		this.archived = true;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * The message code of what is wrong with the value for this field, or {@code null}.
	 */
	String problemOf(String value) {
		if (value == null || value.isBlank()) {
			return this.required ? "register.value.required" : null;
		}
		return this.kind.problemOf(value.strip(), choiceList());
	}

}
