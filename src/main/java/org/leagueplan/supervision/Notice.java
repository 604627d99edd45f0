package org.leagueplan.supervision;

import org.springframework.util.Assert;

/**
 * A notice to post to one person's inbox.
 *
 * @param userId who reads it
 * @param kind what it asks
 * @param planId the plan it is about, if any
 * @param itemId the item it is about, if any (its link)
 * @param subject the item's or plan's title, as shown in the list
 * @param note free text, e.g. the office's message when pressing; may be {@code null}
 * @param key what makes it one notice: the same key posted twice leaves one entry (a
 * second run of a job, a second app instance), e.g.
 * {@code remind:item:12:2026-12-25:1:user:7}
 * @param bulletinId the bulletin it announces, if any (its link)
 */
public record Notice(long userId, NoticeKind kind, Long planId, Long itemId, String subject, String note, String key,
		Long bulletinId) {

	public Notice {
		Assert.notNull(kind, "kind");
		Assert.hasText(subject, "subject");
		Assert.hasText(key, "key");
	}

	/** A notice about an item or a plan, or neither. */
	public Notice(long userId, NoticeKind kind, Long planId, Long itemId, String subject, String note, String key) {
		this(userId, kind, planId, itemId, subject, note, key, null);
	}

}
