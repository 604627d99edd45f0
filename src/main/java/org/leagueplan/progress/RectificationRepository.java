package org.leagueplan.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RectificationRepository extends JpaRepository<Rectification, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Rectification r where r.id = :id")
	Optional<Rectification> findForUpdate(@Param("id") long id);

	/** The target's rectification in progress (not accepted), locked. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Rectification r where r.openTargetId = :target")
	Optional<Rectification> findInProgressForUpdate(@Param("target") long targetId);

	Optional<Rectification> findByOpenTargetId(long targetId);

	List<Rectification> findByPlanIdOrderByDeadlineAscIdAsc(long planId);

	List<Rectification> findByItemIdOrderByIdDesc(long itemId);

	List<Rectification> findByUnitIdInAndStateInOrderByDeadlineAscIdAsc(Collection<Long> unitIds,
			Collection<RectificationState> states);

	List<Rectification> findByPlanIdAndStateInOrderByDeadlineAscIdAsc(long planId,
			Collection<RectificationState> states);

	long countByPlanIdAndStateNot(long planId, RectificationState state);

	@Query("select count(r) from Rectification r where r.planId = :plan and r.state <> :accepted"
			+ " and r.deadline < :today")
	long countOverdue(@Param("plan") long planId, @Param("accepted") RectificationState accepted,
			@Param("today") java.time.LocalDate today);

	@Query("select r from Rectification r where r.state = :state and (r.reporterId is null or r.reporterId <> :user)"
			+ " order by r.deadline, r.id")
	List<Rectification> findWaitingNotBy(@Param("user") long userId, @Param("state") RectificationState state);

}
