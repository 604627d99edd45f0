package org.leagueplan.supervision;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface InboxEntryRepository extends ListCrudRepository<InboxEntry, Long> {

	Page<InboxEntry> findByUserIdOrderByCreatedAtDescIdDesc(long userId, Pageable pageable);

	long countByUserIdAndReadAtIsNull(long userId);

	Optional<InboxEntry> findByIdAndUserId(long id, long userId);

	Optional<InboxEntry> findByDedupeKey(String key);

	@Modifying
	@Query("update InboxEntry e set e.readAt = :at where e.userId = :userId and e.readAt is null")
	int markAllRead(long userId, Instant at);

}
