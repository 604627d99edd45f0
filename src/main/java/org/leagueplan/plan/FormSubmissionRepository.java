package org.leagueplan.plan;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FormSubmissionRepository extends JpaRepository<FormSubmission, String> {

	@Modifying
	@Query("delete from FormSubmission f where f.submittedAt < :before")
	int deleteBySubmittedAtBefore(@Param("before") Instant before);

}
