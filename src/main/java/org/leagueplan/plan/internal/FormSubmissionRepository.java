package org.leagueplan.plan.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FormSubmissionRepository extends JpaRepository<FormSubmission, String> {

}
