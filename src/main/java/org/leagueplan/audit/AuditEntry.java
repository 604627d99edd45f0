package org.leagueplan.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One line of the audit log. Text that came from users is stored with control characters
 * escaped, so it cannot start a forged line wherever the log is read.
 */
@Entity
@Table(name = "audit_event")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant occurredAt;

	private String kind;

	private String actor;

	private String clientAddress;

	private String subject;

	private String summary;

	private String beforeValue;

	private String afterValue;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, String kind, String actor, String clientAddress, String subject, String summary,
			String beforeValue, String afterValue) {
		this.occurredAt = occurredAt;
		this.kind = LogText.escape(kind, 40);
		this.actor = LogText.escape(actor, 64);
		this.clientAddress = LogText.escape(clientAddress, 64);
		this.subject = LogText.escape(subject, 200);
		this.summary = LogText.escape(summary, 2000);
		this.beforeValue = LogText.escape(beforeValue, 8000);
		this.afterValue = LogText.escape(afterValue, 8000);
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getKind() {
		return this.kind;
	}

	public String getActor() {
		return this.actor;
	}

	public String getClientAddress() {
		return this.clientAddress;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getBeforeValue() {
		return this.beforeValue;
	}

	public String getAfterValue() {
		return this.afterValue;
	}

}
