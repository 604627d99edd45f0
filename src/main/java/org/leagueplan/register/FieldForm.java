package org.leagueplan.register;

import org.springframework.validation.Errors;

/**
 * A register's settings as its page gives them: its name, and a new field (label, kind,
 * choices one per line, required or not) when a label is given; the register's version as
 * the person saw it.
 */
public class FieldForm {

	private String name;

	private String label;

	private FieldKind kind = FieldKind.TEXT;

	private String choices;

	private boolean required;

	private Long version;

	void validate(Errors errors) {
		if (this.name == null || this.name.isBlank()) {
			errors.rejectValue("name", "register.name.required");
		}
		else if (this.name.strip().length() > Register.MAX_NAME) {
			errors.rejectValue("name", "register.entry.tooLong", new Object[] { Register.MAX_NAME }, null);
		}
		if (this.label != null && this.label.strip().length() > RegisterField.MAX_LABEL) {
			errors.rejectValue("label", "register.entry.tooLong", new Object[] { RegisterField.MAX_LABEL }, null);
		}
		if (this.label != null && !this.label.isBlank() && this.kind == null) {
			errors.rejectValue("kind", "register.field.kind.required");
		}
		if (this.kind == FieldKind.CHOICE && this.label != null && !this.label.isBlank()
				&& RegisterField.choiceList(this.choices).isEmpty()) {
			errors.rejectValue("choices", "register.field.choices.required");
		}
		if (this.choices != null && this.choices.length() > 2000) {
			errors.rejectValue("choices", "register.entry.tooLong", new Object[] { 2000 }, null);
		}
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

	public FieldKind getKind() {
		return this.kind;
	}

	public void setKind(FieldKind kind) {
		this.kind = kind;
	}

	public String getChoices() {
		return this.choices;
	}

	public void setChoices(String choices) {
		this.choices = choices;
	}

	public boolean isRequired() {
		return this.required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
