package org.leagueplan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanItemRepository extends JpaRepository<PlanItem, Long> {

	/** The active items of a plan with their units, in one query. */
	@EntityGraph(attributePaths = { "leadUnit", "assistUnits" })
	List<PlanItem> findBySectionPlanIdAndArchivedFalseOrderBySortOrderAscIdAsc(Long planId);

	@EntityGraph(attributePaths = { "section", "leadUnit", "assistUnits" })
	List<PlanItem> findBySectionPlanIdAndArchivedTrueOrderBySortOrderAscIdAsc(Long planId);

	@EntityGraph(attributePaths = { "section", "section.plan", "leadUnit", "assistUnits" })
	Optional<PlanItem> findWithDetailsById(Long id);

	@EntityGraph(attributePaths = { "section", "section.plan", "leadUnit", "assistUnits" })
	List<PlanItem> findWithDetailsByIdIn(java.util.Collection<Long> ids);

	List<PlanItem> findBySectionAndArchivedFalseOrderBySortOrderAscIdAsc(PlanSection section);

	/**
	 * The active items of a plan as plain values, in the order of the plan's item query
	 * above (one query).
	 */
	@Query("select new org.leagueplan.plan.PlanItemRepository$ItemValues(i.id, i.section.id, i.heading, "
			+ "lead.id, i.ownerId, i.startDate, i.endDate, i.status) from PlanItem i left join i.leadUnit lead "
			+ "where i.section.plan.id = :planId and i.archived = false order by i.sortOrder, i.id")
	List<ItemValues> findValuesByPlanId(@Param("planId") long planId);

	/** Which units assist which active items of a plan (one query). */
	@Query("select new org.leagueplan.plan.PlanItemRepository$Assisting(i.id, unit.id) from PlanItem i "
			+ "join i.assistUnits unit where i.section.plan.id = :planId and i.archived = false")
	List<Assisting> findAssistingByPlanId(@Param("planId") long planId);

	record ItemValues(long id, long sectionId, String heading, Long leadUnitId, Long ownerId, LocalDate startDate,
			LocalDate endDate, ItemStatus status) {
	}

	record Assisting(long itemId, long unitId) {
	}

}
