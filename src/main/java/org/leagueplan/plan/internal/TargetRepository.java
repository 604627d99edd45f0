package org.leagueplan.plan.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetRepository extends JpaRepository<Target, Long> {

	List<Target> findByItemSectionPlanIdAndArchivedFalseOrderBySortOrderAscIdAsc(Long planId);

	List<Target> findByItemAndArchivedFalseOrderBySortOrderAscIdAsc(PlanItem item);

	@EntityGraph(attributePaths = { "item", "item.leadUnit", "item.assistUnits" })
	List<Target> findByItemSectionPlanIdAndArchivedTrueOrderBySortOrderAscIdAsc(Long planId);

	@EntityGraph(attributePaths = { "item", "item.section" })
	Optional<Target> findWithItemById(Long id);

}
