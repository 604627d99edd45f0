package org.leagueplan.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentWeightsRepository extends JpaRepository<AssessmentWeights, Long> {

}
