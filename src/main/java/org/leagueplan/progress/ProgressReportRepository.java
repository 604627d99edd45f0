package org.leagueplan.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

	List<ProgressReport> findByTargetIdOrderByReportedAtDescIdDesc(Long targetId);

	List<ProgressReport> findByTargetIdOrderByAsOfAscIdAsc(Long targetId);

	List<ProgressReport> findByPlanIdAndAsOfBetweenOrderByIdAsc(Long planId, LocalDate from, LocalDate to);

	/**
	 * The reports as of {@code day} or earlier that were made before {@code until}, in
	 * the order made.
	 */
	List<ProgressReport> findByPlanIdAndAsOfLessThanEqualAndReportedAtLessThanOrderByIdAsc(Long planId, LocalDate day,
			Instant until);

	List<ProgressReport> findByTargetIdAndAsOfLessThanEqualAndReportedAtLessThanOrderByIdAsc(Long targetId,
			LocalDate day, Instant until);

	List<ProgressReport> findTop10ByPlanIdAndReportedAtLessThanOrderByReportedAtDescIdDesc(Long planId, Instant until);

	/** Per target of the plan: when its last report before {@code until} was made. */
	@Query("select r.targetId, max(r.reportedAt) from ProgressReport r where r.planId = :planId and r.reportedAt < :until group by r.targetId")
	List<Object[]> lastReportedAtByTarget(Long planId, Instant until);

}
