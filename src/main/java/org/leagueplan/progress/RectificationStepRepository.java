package org.leagueplan.progress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RectificationStepRepository extends JpaRepository<RectificationStep, Long> {

	List<RectificationStep> findByRectificationIdOrderByIdAsc(long rectificationId);

	/** The rectification's latest step of the action (reported done, …), if any. */
	java.util.Optional<RectificationStep> findFirstByRectificationIdAndActionOrderByIdDesc(long rectificationId,
			String action);

}
