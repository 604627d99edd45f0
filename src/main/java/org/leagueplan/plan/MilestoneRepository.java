package org.leagueplan.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

	List<Milestone> findByItemAndArchivedFalseOrderBySortOrderAscIdAsc(PlanItem item);

	@EntityGraph(attributePaths = { "item", "item.leadUnit", "item.assistUnits" })
	List<Milestone> findByItemSectionPlanIdAndArchivedTrueOrderBySortOrderAscIdAsc(Long planId);

	@EntityGraph(attributePaths = { "item", "item.section" })
	Optional<Milestone> findWithItemById(Long id);

	List<Milestone> findByItemSectionPlanIdAndArchivedFalseOrderByDueDateAscIdAsc(Long planId);

	/** The same milestones as plain values (one query, no entities). */
	@Query("select new org.leagueplan.plan.PlanData$MilestoneRef(m.id, m.item.id, m.title, m.dueDate, m.done) "
			+ "from Milestone m where m.item.section.plan.id = :planId and m.archived = false order by m.dueDate, m.id")
	List<PlanData.MilestoneRef> findRefsByPlanId(@Param("planId") long planId);

	/** The plan's active milestones, each item's in its order. */
	List<Milestone> findByItemSectionPlanIdAndArchivedFalseOrderBySortOrderAscIdAsc(Long planId);

}
