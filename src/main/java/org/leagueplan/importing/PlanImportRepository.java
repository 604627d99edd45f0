package org.leagueplan.importing;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface PlanImportRepository extends JpaRepository<PlanImport, Long> {

	/** The person's imports, newest first (without their content). */
	@Query("select new org.leagueplan.importing.PlanImportRepository$Summary(i.id, i.sourceName, i.createdAt, i.state, i.planId)"
			+ " from PlanImport i where i.createdBy = ?1 order by i.createdAt desc, i.id desc limit 10")
	List<Summary> recentOf(long userId);

	/**
	 * Marks the import as saving by this run of this instance, if it is still the version
	 * the caller judged (so that of two presses at once only one starts a save); 1 when
	 * it did, 0 otherwise.
	 */
	@Modifying
	@Transactional
	@Query("update PlanImport i set i.state = org.leagueplan.importing.PlanImport.State.SAVING,"
			+ " i.itemsTotal = :total, i.itemsSaved = 0, i.failure = null, i.saveInstance = :instance, i.saveRun = :run,"
			+ " i.saveHeartbeatAt = :now, i.updatedAt = :now, i.version = i.version + 1"
			+ " where i.id = :id and i.version = :version")
	int claim(long id, long version, int total, String instance, String run, Instant now);

	/**
	 * Visible to other requests at once, while the plan's own transaction is still open;
	 * renews the lease too.
	 */
	@Modifying
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
	@Query("update PlanImport i set i.itemsSaved = :saved, i.saveHeartbeatAt = :now where i.id = :id and i.saveRun = :run")
	void recordProgress(long id, String run, int saved, Instant now);

	/** Renews the lease of the saves this run of an instance is running. */
	@Modifying
	@Transactional
	@Query("update PlanImport i set i.saveHeartbeatAt = :now where i.id in :ids and i.saveRun = :run"
			+ " and i.state = org.leagueplan.importing.PlanImport.State.SAVING")
	int renew(java.util.Collection<Long> ids, String run, Instant now);

	/**
	 * Ends a save of this run as saved: joins the caller's transaction, so a plan is
	 * committed only together with the end of the save that is still this run's (0 when
	 * another instance took the save over).
	 */
	@Modifying
	@Transactional
	@Query("update PlanImport i set i.state = org.leagueplan.importing.PlanImport.State.SAVED,"
			+ " i.planId = :planId, i.itemsSaved = i.itemsTotal, i.updatedAt = :now, i.version = i.version + 1"
			+ " where i.id = :id and i.saveRun = :run and i.state = org.leagueplan.importing.PlanImport.State.SAVING")
	int finishSaved(long id, String run, long planId, Instant now);

	/** Ends a save of this run as failed, with the message key of why. */
	@Modifying
	@Transactional
	@Query("update PlanImport i set i.state = org.leagueplan.importing.PlanImport.State.FAILED,"
			+ " i.failure = :failure, i.updatedAt = :now, i.version = i.version + 1"
			+ " where i.id = :id and i.saveRun = :run and i.state = org.leagueplan.importing.PlanImport.State.SAVING")
	int fail(long id, String run, String failure, Instant now);

	/**
	 * Saves that an earlier run of this instance left unfinished (it stopped): marked
	 * failed, to be saved again.
	 */
	@Modifying
	@Transactional
	@Query("update PlanImport i set i.state = org.leagueplan.importing.PlanImport.State.FAILED,"
			+ " i.failure = :failure, i.version = i.version + 1"
			+ " where i.state = org.leagueplan.importing.PlanImport.State.SAVING and i.saveInstance = :instance"
			+ " and (i.saveRun is null or i.saveRun <> :run)")
	int interruptEarlierRuns(String instance, String run, String failure);

	/**
	 * Imports untouched since {@code before}, but no save still running (its lease
	 * renewed since).
	 */
	@Modifying
	@Transactional
	@Query("delete from PlanImport i where i.updatedAt < ?1 and (i.state <> ?2 or i.saveHeartbeatAt is null"
			+ " or i.saveHeartbeatAt < ?1)")
	int deleteOlderThan(Instant before, PlanImport.State saving);

	record Summary(long id, String sourceName, Instant createdAt, PlanImport.State state, Long planId) {
	}

}
