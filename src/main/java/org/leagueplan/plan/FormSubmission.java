package org.leagueplan.plan;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The record that a create form with a given one-time token was processed, and where its result lives.
 */
@Entity
@Table(name = "form_submission")
class FormSubmission {

	@Id
	private String token;

	private String resultPath;

	private Instant submittedAt;

	protected FormSubmission() {
	}

	public FormSubmission(String token, String resultPath, Instant submittedAt) {
		this.token = token;
		this.resultPath = resultPath;
		this.submittedAt = submittedAt;
	}

	public String getResultPath() {
		return this.resultPath;
	}

}
