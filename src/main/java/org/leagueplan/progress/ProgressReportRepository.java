package org.leagueplan.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

	List<ProgressReport> findByTargetIdOrderByReportedAtDescIdDesc(Long targetId);

	// Every query below that reads values takes the state: the reports that count are
	// the approved ones (ProgressQueries passes ReportState.APPROVED).

	List<ProgressReport> findByTargetIdAndStateOrderByAsOfAscIdAsc(Long targetId, ReportState state);

	List<ProgressReport> findByTargetIdAndStateOrderByIdAsc(Long targetId, ReportState state);

	List<ProgressReport> findByPlanIdAndStateAndAsOfBetweenOrderByIdAsc(Long planId, ReportState state, LocalDate from,
			LocalDate to);

	/**
	 * The reports in the state as of {@code day} or earlier that were made before
	 * {@code until}, in the order made.
	 */
	List<ProgressReport> findByPlanIdAndStateAndAsOfLessThanEqualAndReportedAtLessThanOrderByIdAsc(Long planId,
			ReportState state, LocalDate day, Instant until);

	List<ProgressReport> findByTargetIdAndStateAndAsOfLessThanEqualAndReportedAtLessThanOrderByIdAsc(Long targetId,
			ReportState state, LocalDate day, Instant until);

	List<ProgressReport> findTop10ByPlanIdAndStateAndReportedAtLessThanOrderByReportedAtDescIdDesc(Long planId,
			ReportState state, Instant until);

	/** A plan's reports in the state, oldest first (the review queue). */
	List<ProgressReport> findByPlanIdAndStateOrderByIdAsc(Long planId, ReportState state);

	long countByPlanIdAndState(Long planId, ReportState state);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from ProgressReport r where r.id = :id")
	Optional<ProgressReport> findForUpdate(@Param("id") long reportId);

	/** Per plan: how many of its reports are in the state. */
	@Query("select r.planId, count(r) from ProgressReport r where r.state = :state and r.planId in :planIds group by r.planId")
	List<Object[]> countByPlanIn(@Param("planIds") Collection<Long> planIds, @Param("state") ReportState state);

	/**
	 * The reporter's reports in the (returned) state with the reason and time of their
	 * return step: id, plan, target, as-of day, reason, returned at.
	 */
	@Query("select r.id, r.planId, r.targetId, r.asOf, v.reason, v.actedAt from ProgressReport r, ReportReview v "
			+ "where v.reportId = r.id and v.action = :action and r.state = :state and r.reportedBy = :reporter "
			+ "order by v.actedAt, r.id")
	List<Object[]> findReturnedTo(@Param("reporter") long reporterId, @Param("state") ReportState state,
			@Param("action") String action);

	/** Every report in the (pending) state that the user did not make, oldest first. */
	@Query("select r from ProgressReport r where r.state = :state "
			+ "and (r.reportedBy is null or r.reportedBy <> :user) order by r.reportedAt, r.id")
	List<ProgressReport> findPendingNotBy(@Param("user") long userId, @Param("state") ReportState state);

	/**
	 * Per target of the plan: when its last report before {@code until} was made,
	 * whatever its review state (activity: whether people reported).
	 */
	@Query("select r.targetId, max(r.reportedAt) from ProgressReport r where r.planId = :planId and r.reportedAt < :until group by r.targetId")
	List<Object[]> lastReportedAtByTarget(Long planId, Instant until);

	/**
	 * Every report of the plan made before {@code until}, whatever its review state: its
	 * target and when it was made.
	 */
	@Query("select r.targetId, r.reportedAt from ProgressReport r where r.planId = :planId and r.reportedAt < :until")
	List<Object[]> reportTimesByTarget(@Param("planId") Long planId, @Param("until") Instant until);

	/**
	 * Per target of the plan: how many of its reports made before {@code until} a
	 * reviewer returned before {@code until}.
	 */
	@Query("select r.targetId, count(distinct r.id) from ProgressReport r, ReportReview v "
			+ "where v.reportId = r.id and r.planId = :planId and v.action = :action and r.reportedAt < :until "
			+ "and v.actedAt < :until group by r.targetId")
	List<Object[]> returnedByTarget(@Param("planId") Long planId, @Param("action") String action,
			@Param("until") Instant until);

}
