package org.leagueplan.plan.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanItemRepository extends JpaRepository<PlanItem, Long> {

	/** The active items of a plan with their units, in one query. */
	@EntityGraph(attributePaths = { "leadUnit", "assistUnits" })
	List<PlanItem> findBySectionPlanIdAndArchivedFalseOrderBySortOrderAscIdAsc(Long planId);

	@EntityGraph(attributePaths = { "section", "leadUnit", "assistUnits" })
	List<PlanItem> findBySectionPlanIdAndArchivedTrueOrderBySortOrderAscIdAsc(Long planId);

	@EntityGraph(attributePaths = { "section", "section.plan", "leadUnit", "assistUnits" })
	Optional<PlanItem> findWithDetailsById(Long id);

	List<PlanItem> findBySectionAndArchivedFalseOrderBySortOrderAscIdAsc(PlanSection section);

}
