package org.leagueplan.supervision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface InboxEntryRepository extends ListCrudRepository<InboxEntry, Long> {

	Page<InboxEntry> findByUserIdOrderByCreatedAtDescIdDesc(long userId, Pageable pageable);

	long countByUserIdAndReadAtIsNull(long userId);

	List<InboxEntry> findByUserIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(long userId, Pageable pageable);

	Optional<InboxEntry> findByIdAndUserId(long id, long userId);

	Optional<InboxEntry> findByDedupeKey(String key);

	/**
	 * An item's notices of the given kinds, newest first (the item's reminder timeline).
	 */
	List<InboxEntry> findTop200ByItemIdAndKindInOrderByCreatedAtDescIdDesc(long itemId,
			java.util.Collection<NoticeKind> kinds);

	@Modifying
	@Query("update InboxEntry e set e.readAt = :at where e.dedupeKey like :pattern escape '\\' and e.readAt is null")
	int markReadByKeyPrefix(String pattern, Instant at);

	@Modifying
	@Query("update InboxEntry e set e.readAt = :at where e.userId = :userId and e.readAt is null")
	int markAllRead(long userId, Instant at);

	List<InboxEntry> findByBulletinIdOrderById(long bulletinId);

	/** A bulletin and how many of its readers opened it. */
	record BulletinReads(long bulletinId, long readers) {
	}

	@Query("""
			select new org.leagueplan.supervision.InboxEntryRepository$BulletinReads(e.bulletinId, count(e))
			from InboxEntry e
			where e.planId = :planId and e.bulletinId is not null and e.readAt is not null
			group by e.bulletinId
			""")
	List<BulletinReads> countReadByBulletin(long planId);

}
