package org.leagueplan.progress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TargetProgressRowRepository extends JpaRepository<TargetProgressRow, Long> {

	/** The latest state of the given targets as plain values (no entities). */
	@Query("select new org.leagueplan.progress.TargetProgress(t.targetId, t.latestValue, t.latestDone, t.latestAsOf, "
			+ "t.lastReportedAt, t.reportCount) from TargetProgressRow t where t.targetId in :ids")
	List<TargetProgress> findProgressByTargetIdIn(@Param("ids") Collection<Long> targetIds);

	/** The latest state of a plan's targets as plain values (no entities). */
	@Query("select new org.leagueplan.progress.TargetProgress(t.targetId, t.latestValue, t.latestDone, t.latestAsOf, "
			+ "t.lastReportedAt, t.reportCount) from TargetProgressRow t where t.planId = :planId")
	List<TargetProgress> findProgressByPlanId(@Param("planId") long planId);

	/**
	 * Makes sure the target has a row, whoever else is reporting on it at the same
	 * moment.
	 */
	@Modifying
	@Query(value = "insert into target_progress (target_id, plan_id, last_reported_at, report_count) "
			+ "values (:id, :plan, :now, 0) on conflict do nothing", nativeQuery = true)
	void ensureExists(@Param("id") long targetId, @Param("plan") long planId, @Param("now") Instant now);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from TargetProgressRow t where t.targetId = :id")
	Optional<TargetProgressRow> findForUpdate(@Param("id") long targetId);

}
