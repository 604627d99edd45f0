package org.leagueplan.quota;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QuotaRepository extends JpaRepository<Quota, Long> {

	/** Every quota of the target, archived ones too, by id. */
	List<Quota> findByTargetIdOrderByIdAsc(long targetId);

	List<Quota> findByPlanIdAndArchivedFalseOrderByTargetIdAscIdAsc(long planId);

	List<Quota> findByItemIdAndArchivedFalseOrderByTargetIdAscIdAsc(long itemId);

	List<Quota> findByUnitIdInAndArchivedFalseOrderByPlanIdAscTargetIdAsc(Collection<Long> unitIds);

	@Query("select distinct q.targetId from Quota q where q.archived = false and q.targetId in :targets")
	List<Long> splitAmong(@Param("targets") Collection<Long> targetIds);

}
