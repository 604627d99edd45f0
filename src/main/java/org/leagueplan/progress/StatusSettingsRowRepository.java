package org.leagueplan.progress;

import org.springframework.data.jpa.repository.JpaRepository;

interface StatusSettingsRowRepository extends JpaRepository<StatusSettingsRow, Integer> {

}
