package org.leagueplan.supervision;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One notice in one person's inbox; read once they open it or mark it read. */
@Entity
@Table(name = "inbox_entry")
public class InboxEntry {

	static final int SUBJECT_LENGTH = 300;

	static final int NOTE_LENGTH = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long userId;

	@Enumerated(EnumType.STRING)
	private NoticeKind kind;

	private Long planId;

	private Long itemId;

	private Long bulletinId;

	private String subject;

	private String note;

	private String dedupeKey;

	private Instant createdAt;

	private Instant readAt;

	protected InboxEntry() {
	}

	/** The text as stored: at most {@code length} characters, cut with an ellipsis. */
	static String cut(String text, int length) {
		if (text == null || text.length() <= length) {
			return text;
		}
		return text.substring(0, length - 1) + "…";
	}

	void markRead(Instant at) {
		if (this.readAt == null) {
			this.readAt = at;
		}
	}

	public Long getId() {
		return this.id;
	}

	public long getUserId() {
		return this.userId;
	}

	public NoticeKind getKind() {
		return this.kind;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public Long getItemId() {
		return this.itemId;
	}

	public Long getBulletinId() {
		return this.bulletinId;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getNote() {
		return this.note;
	}

	public String getDedupeKey() {
		return this.dedupeKey;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getReadAt() {
		return this.readAt;
	}

	public boolean isUnread() {
		return this.readAt == null;
	}

}
