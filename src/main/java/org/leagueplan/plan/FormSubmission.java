package org.leagueplan.plan;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The record that a create form with a given one-time token was processed, and what it
 * led to (a kind and an id, never an address).
 */
@Entity
@Table(name = "form_submission")
class FormSubmission {

	@Id
	private String token;

	@Enumerated(EnumType.STRING)
	private RecordRef.Kind resultKind;

	private Long resultId;

	private Instant submittedAt;

	protected FormSubmission() {
	}

	public FormSubmission(String token, RecordRef result, Instant submittedAt) {
		this.token = token;
		this.resultKind = result.kind();
		this.resultId = result.id();
		this.submittedAt = submittedAt;
	}

	public RecordRef getResult() {
		return new RecordRef(this.resultKind, this.resultId);
	}

}
