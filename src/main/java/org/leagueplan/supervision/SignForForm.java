package org.leagueplan.supervision;

import jakarta.validation.constraints.Size;

/**
 * A signature's form: the version of the assignment the person saw, and an optional note
 * (at most 500 characters; control characters are refused when binding, like every form's
 * text).
 */
class SignForForm {

	static final int NOTE_MAX = 500;

	private Long version;

	@Size(max = NOTE_MAX)
	private String note;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
