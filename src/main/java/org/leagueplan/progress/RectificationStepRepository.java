package org.leagueplan.progress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RectificationStepRepository extends JpaRepository<RectificationStep, Long> {

	List<RectificationStep> findByRectificationIdOrderByIdAsc(long rectificationId);

}
