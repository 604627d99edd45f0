package org.leagueplan.importing.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface PlanImportRepository extends JpaRepository<PlanImport, Long> {

	/** The person's imports, newest first (without their content). */
	@Query("select new org.leagueplan.importing.internal.PlanImportRepository$Summary(i.id, i.sourceName, i.createdAt, i.state, i.planId)"
			+ " from PlanImport i where i.createdBy = ?1 order by i.createdAt desc, i.id desc limit 10")
	List<Summary> recentOf(long userId);

	/** Visible to other requests at once, while the plan's own transaction is still open. */
	@Modifying
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
	@Query("update PlanImport i set i.itemsSaved = ?2 where i.id = ?1")
	void recordProgress(long id, int itemsSaved);

	@Modifying
	@Transactional
	@Query("update PlanImport i set i.state = ?2, i.planId = ?3, i.failure = ?4, i.updatedAt = ?5 where i.id = ?1")
	void finish(long id, PlanImport.State state, Long planId, String failure, Instant now);

	@Modifying
	@Transactional
	@Query("delete from PlanImport i where i.updatedAt < ?1 and i.state <> ?2")
	int deleteOlderThan(Instant before, PlanImport.State keep);

	record Summary(long id, String sourceName, Instant createdAt, PlanImport.State state, Long planId) {
	}

}
