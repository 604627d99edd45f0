package org.leagueplan.register;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegisterRepository extends JpaRepository<Register, Long> {

	Optional<Register> findByTargetId(long targetId);

	List<Register> findByPlanIdOrderByIdAsc(long planId);

	@Query("select r.targetId from Register r where r.targetId in :targetIds")
	List<Long> findTargetIdsIn(@Param("targetIds") Collection<Long> targetIds);

	/** A register's target and when it was set up. */
	interface Started {

		long getTargetId();

		Instant getCreatedAt();

	}

	@Query("select r.targetId as targetId, r.createdAt as createdAt from Register r where r.planId = :planId")
	List<Started> findStartedByPlanId(@Param("planId") long planId);

}
