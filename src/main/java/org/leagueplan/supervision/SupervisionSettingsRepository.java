package org.leagueplan.supervision;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupervisionSettingsRepository extends JpaRepository<SupervisionSettings, Long> {

}
