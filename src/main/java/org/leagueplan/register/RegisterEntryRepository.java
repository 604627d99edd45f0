package org.leagueplan.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegisterEntryRepository extends JpaRepository<RegisterEntry, Long>, JpaSpecificationExecutor<RegisterEntry> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from RegisterEntry e where e.id = :id")
	Optional<RegisterEntry> findForUpdate(@Param("id") long id);

	/**
	 * Per target: how many entries count on the day, and when the last of them was
	 * counted.
	 */
	interface Count {

		long getTargetId();

		long getCount();

		Instant getLastCounted();

	}

	/** Per target and unit: how many entries count on the day. */
	interface UnitCount {

		long getTargetId();

		long getUnitId();

		long getCount();

	}

	/** Per target: when something last happened to one of its entries. */
	interface Activity {

		long getTargetId();

		Instant getLastAt();

	}

	String COUNTED = "e.state = org.leagueplan.register.EntryState.ACCEPTED and e.entryDate <= :day "
			+ "and e.countedAt < :madeBy";

	@Query("select e.targetId as targetId, count(e) as count, max(e.countedAt) as lastCounted from RegisterEntry e "
			+ "where e.planId = :planId and " + COUNTED + " group by e.targetId")
	List<Count> countByPlanOn(@Param("planId") long planId, @Param("day") LocalDate day,
			@Param("madeBy") Instant madeBy);

	@Query("select e.targetId as targetId, count(e) as count, max(e.countedAt) as lastCounted from RegisterEntry e "
			+ "where e.targetId = :targetId and " + COUNTED + " group by e.targetId")
	List<Count> countByTargetOn(@Param("targetId") long targetId, @Param("day") LocalDate day,
			@Param("madeBy") Instant madeBy);

	@Query("select e.targetId as targetId, e.unitId as unitId, count(e) as count from RegisterEntry e "
			+ "where e.planId = :planId and " + COUNTED + " group by e.targetId, e.unitId")
	List<UnitCount> countByPlanAndUnitOn(@Param("planId") long planId, @Param("day") LocalDate day,
			@Param("madeBy") Instant madeBy);

	@Query("select e.targetId as targetId, max(s.actedAt) as lastAt from EntryStep s join RegisterEntry e "
			+ "on s.entryId = e.id where e.planId = :planId and s.actedAt < :until group by e.targetId")
	List<Activity> lastActivityOfPlanBefore(@Param("planId") long planId, @Param("until") Instant until);

	/** An own field's value of an entry. */
	interface Value {

		long getEntryId();

		long getFieldId();

		String getValue();

	}

	/** Every own field's value of the register's entries, in one query. */
	@Query("select e.id as entryId, key(v) as fieldId, v as value from RegisterEntry e join e.values v "
			+ "where e.registerId = :registerId")
	List<Value> findValuesOfRegister(@Param("registerId") long registerId);

	long countByRegisterIdAndState(long registerId, EntryState state);

	/**
	 * The entries of a plan dated in the period that count now, for the period report.
	 */
	@Query("select e from RegisterEntry e where e.planId = :planId "
			+ "and e.state = org.leagueplan.register.EntryState.ACCEPTED and e.entryDate between :from and :to "
			+ "order by e.registerId, e.entryDate, e.id")
	List<RegisterEntry> findAcceptedOfPlan(@Param("planId") long planId, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	List<RegisterEntry> findByRegisterIdAndStateOrderByIdAsc(long registerId, EntryState state);

}
