package org.leagueplan.supervision;

import org.leagueplan.system.CommitteeTime;
import org.leagueplan.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's inbox: the one way the supervision loop tells someone to act. Every
 * notice lands here first; other channels (e-mail, a group robot) deliver it from the
 * {@link NoticePosted} event, so an inbox entry exists whatever happens to them.
 */
@Service
public class Inbox {

	private final InboxEntryRepository entries;

	private final InboxInserts inserts;

	private final CommitteeTime time;

	private final ApplicationEventPublisher events;

	Inbox(InboxEntryRepository entries, InboxInserts inserts, CommitteeTime time, ApplicationEventPublisher events) {
		this.entries = entries;
		this.inserts = inserts;
		this.time = time;
		this.events = events;
	}

	/**
	 * Posts the notice unless one with the same key was posted before (by this or another
	 * app instance, at any time).
	 * @return whether a new entry was made
	 */
	@Transactional
	public boolean post(Notice notice) {
		int inserted = this.inserts.insertIfAbsent(notice, InboxEntry.cut(notice.subject(), InboxEntry.SUBJECT_LENGTH),
				InboxEntry.cut(notice.note(), InboxEntry.NOTE_LENGTH), this.time.now());
		if (inserted == 0) {
			return false;
		}
		InboxEntry entry = this.entries.findByDedupeKey(notice.key()).orElseThrow();
		this.events.publishEvent(new NoticePosted(entry.getId(), entry.getUserId()));
		return true;
	}

	@Transactional(readOnly = true)
	public long unread(long userId) {
		return this.entries.countByUserIdAndReadAtIsNull(userId);
	}

	/** The person's newest unread entries, at most {@code limit} (我的待办). */
	@Transactional(readOnly = true)
	public java.util.List<InboxEntry> unreadEntries(long userId, int limit) {
		return this.entries.findByUserIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(userId,
				org.springframework.data.domain.PageRequest.of(0, limit));
	}

	@Transactional(readOnly = true)
	public Page<InboxEntry> entries(long userId, Pageable pageable) {
		return this.entries.findByUserIdOrderByCreatedAtDescIdDesc(userId, pageable);
	}

	/** One of the person's own entries; another person's is not found (404). */
	@Transactional(readOnly = true)
	public InboxEntry entry(long userId, long entryId) {
		return this.entries.findByIdAndUserId(entryId, userId)
			.orElseThrow(() -> new NotFoundException("inbox", entryId));
	}

	/**
	 * Marks one of the person's own entries read; another person's is not found (404).
	 */
	@Transactional
	public InboxEntry markRead(long userId, long entryId) {
		InboxEntry entry = this.entries.findByIdAndUserId(entryId, userId)
			.orElseThrow(() -> new NotFoundException("inbox", entryId));
		entry.markRead(this.time.now());
		return entry;
	}

	/**
	 * Marks every entry whose key starts with the prefix read, whoever holds it: a notice
	 * that asked for something done by someone else.
	 */
	@Transactional
	public int markReadByKeyPrefix(String keyPrefix) {
		return this.entries.markReadByKeyPrefix(
				keyPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", this.time.now());
	}

	/** Marks all of the person's entries read. */
	@Transactional
	public int markAllRead(long userId) {
		return this.entries.markAllRead(userId, this.time.now());
	}

}
