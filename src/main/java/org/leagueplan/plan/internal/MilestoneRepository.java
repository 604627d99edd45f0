package org.leagueplan.plan.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MilestoneRepository extends JpaRepository<Milestone, Long> {

	List<Milestone> findByItemAndArchivedFalseOrderBySortOrderAscIdAsc(PlanItem item);

	@EntityGraph(attributePaths = { "item", "item.leadUnit", "item.assistUnits" })
	List<Milestone> findByItemSectionPlanIdAndArchivedTrueOrderBySortOrderAscIdAsc(Long planId);

	@EntityGraph(attributePaths = { "item", "item.section" })
	Optional<Milestone> findWithItemById(Long id);

	List<Milestone> findByItemSectionPlanIdAndArchivedFalseOrderByDueDateAscIdAsc(Long planId);

}
