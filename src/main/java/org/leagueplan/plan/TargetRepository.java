package org.leagueplan.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TargetRepository extends JpaRepository<Target, Long> {

	List<Target> findByItemSectionPlanIdAndArchivedFalseOrderBySortOrderAscIdAsc(Long planId);

	/** The same targets as plain values (one query, no entities). */
	@Query("select new org.leagueplan.plan.PlanData$TargetRef(t.id, t.item.id, t.name, t.kind, t.comparator, "
			+ "t.targetValue, t.unitLabel, t.baseline, t.dueDate) from Target t "
			+ "where t.item.section.plan.id = :planId and t.archived = false order by t.sortOrder, t.id")
	List<PlanData.TargetRef> findRefsByPlanId(@Param("planId") long planId);

	/**
	 * The targets with the given ids (those that exist) as plain values, in one query.
	 */
	@Query("select new org.leagueplan.plan.PlanData$TargetRef(t.id, t.item.id, t.name, t.kind, t.comparator, "
			+ "t.targetValue, t.unitLabel, t.baseline, t.dueDate) from Target t where t.id in :ids")
	List<PlanData.TargetRef> findRefsByIdIn(@Param("ids") java.util.Collection<Long> ids);

	List<Target> findByItemAndArchivedFalseOrderBySortOrderAscIdAsc(PlanItem item);

	/**
	 * The plan's active targets copied from another target: pairs of the target's id and
	 * its source's id, in one query.
	 */
	@Query("select t.id, t.sourceTargetId from Target t where t.item.section.plan.id = :planId "
			+ "and t.archived = false and t.sourceTargetId is not null")
	List<Object[]> findSourcePairsByPlanId(@Param("planId") long planId);

	@EntityGraph(attributePaths = { "item", "item.leadUnit", "item.assistUnits" })
	List<Target> findByItemSectionPlanIdAndArchivedTrueOrderBySortOrderAscIdAsc(Long planId);

	@EntityGraph(attributePaths = { "item", "item.section" })
	Optional<Target> findWithItemById(Long id);

}
