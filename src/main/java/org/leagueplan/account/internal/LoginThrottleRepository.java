package org.leagueplan.account.internal;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LoginThrottleRepository extends JpaRepository<LoginThrottleEntry, String> {

	/** Makes sure the key has a row, whoever else is creating it at the same moment. */
	@Modifying
	@Query(value = "insert into login_throttle (throttle_key, failures, last_failure_at) values (:key, 0, :now) "
			+ "on conflict do nothing", nativeQuery = true)
	void ensureExists(@Param("key") String key, @Param("now") Instant now);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from LoginThrottleEntry e where e.throttleKey = :key")
	Optional<LoginThrottleEntry> findForUpdate(@Param("key") String key);

}
