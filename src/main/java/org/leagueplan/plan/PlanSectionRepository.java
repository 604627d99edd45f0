package org.leagueplan.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanSectionRepository extends JpaRepository<PlanSection, Long> {

	/**
	 * Every section of a plan, archived ones included, in order: the plan tree is built
	 * from it.
	 */
	List<PlanSection> findByPlanIdOrderBySortOrderAscIdAsc(Long planId);

	List<PlanSection> findByPlanAndParentIsNullAndArchivedFalseOrderBySortOrderAscIdAsc(Plan plan);

	List<PlanSection> findByParentAndArchivedFalseOrderBySortOrderAscIdAsc(PlanSection parent);

	boolean existsByParentAndArchivedFalse(PlanSection parent);

	/**
	 * The section's siblings (itself included): the top-level sections, or the parent's
	 * children.
	 */
	default List<PlanSection> findSiblings(PlanSection section) {
		return (section.getParent() == null)
				? findByPlanAndParentIsNullAndArchivedFalseOrderBySortOrderAscIdAsc(section.getPlan())
				: findByParentAndArchivedFalseOrderBySortOrderAscIdAsc(section.getParent());
	}

	@EntityGraph(attributePaths = { "plan", "parent" })
	Optional<PlanSection> findWithPlanById(Long id);

}
