package org.leagueplan.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<Plan, Long> {

	List<Plan> findAllByOrderByYearDescIdDesc();

	Optional<Plan> findFirstByStatusOrderByYearDescIdDesc(PlanStatus status);

	Optional<Plan> findFirstByOrderByYearDescIdDesc();

	/** Whether the plan was copied into the year already. */
	boolean existsBySourcePlanIdAndYear(Long sourcePlanId, int year);

}
