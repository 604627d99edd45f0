package org.leagueplan.supervision;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A plan's report of one period, issued to every unit's inbox once (情况通报). */
@Entity
@Table(name = "bulletin")
class Bulletin {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long planId;

	private String period;

	private String subject;

	private Instant issuedAt;

	private long issuedBy;

	private int recipients;

	protected Bulletin() {
	}

	Bulletin(long planId, String period, String subject, Instant issuedAt, long issuedBy) {
		this.planId = planId;
		this.period = period;
		this.subject = InboxEntry.cut(subject, InboxEntry.SUBJECT_LENGTH);
		this.issuedAt = issuedAt;
		this.issuedBy = issuedBy;
	}

	void sentTo(int recipients) {
		this.recipients = recipients;
	}

	/** The inbox key of this bulletin's notice to one reader. */
	String keyFor(long userId) {
		return "bulletin:" + this.id + ":user:" + userId;
	}

	Long getId() {
		return this.id;
	}

	long getPlanId() {
		return this.planId;
	}

	String getPeriod() {
		return this.period;
	}

	String getSubject() {
		return this.subject;
	}

	Instant getIssuedAt() {
		return this.issuedAt;
	}

	long getIssuedBy() {
		return this.issuedBy;
	}

	int getRecipients() {
		return this.recipients;
	}

}
