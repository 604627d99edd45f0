package org.leagueplan.progress;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RectificationStepRepository extends JpaRepository<RectificationStep, Long> {

	List<RectificationStep> findByRectificationIdOrderByIdAsc(long rectificationId);

	/** The rectification's latest step of the action (reported done, …), if any. */
	java.util.Optional<RectificationStep> findFirstByRectificationIdAndActionOrderByIdDesc(long rectificationId,
			String action);

	/**
	 * The plan's rectifications with a step of the action taken before {@code until}.
	 */
	@Query("select distinct s.rectificationId from RectificationStep s, "
			+ "Rectification r where s.rectificationId = r.id and r.planId = :planId and s.action = :action "
			+ "and s.actedAt < :until")
	List<Long> rectificationsWithStepBefore(@Param("planId") long planId, @Param("action") String action,
			@Param("until") Instant until);

}
