package org.leagueplan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules (plan, account, system) depend on each other only through their APIs and without cycles; the
 * module diagrams in {@code docs/modules} are written from the code.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(LeaguePlanApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesModuleDiagramsIntoDocs() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
