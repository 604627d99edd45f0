package org.leagueplan.progress.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

	List<ProgressReport> findByTargetIdOrderByReportedAtDescIdDesc(Long targetId);

	List<ProgressReport> findByTargetIdOrderByAsOfAscIdAsc(Long targetId);

	List<ProgressReport> findTop10ByPlanIdOrderByReportedAtDescIdDesc(Long planId);

	List<ProgressReport> findByPlanIdAndAsOfBetweenOrderByIdAsc(Long planId, LocalDate from, LocalDate to);

	List<ProgressReport> findByPlanIdAndAsOfLessThanEqualOrderByIdAsc(Long planId, LocalDate day);

}
