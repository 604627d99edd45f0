package org.leagueplan.importing;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads imports as tests need them: the stored form (as the check page would show it) and
 * the end of a save.
 */
@TestComponent
public class TestImports {

	private final PlanImports imports;

	private final PlanImportRepository rows;

	TestImports(PlanImports imports, PlanImportRepository rows) {
		this.imports = imports;
		this.rows = rows;
	}

	@Transactional(readOnly = true)
	public ImportForm storedForm(long importId) {
		PlanImport found = this.rows.findById(importId).orElseThrow();
		ImportForm form = this.imports.content(found).form();
		form.setVersion(found.getVersion());
		return form;
	}

	/** The import once its background save has ended (at most 30 s). */
	public PlanImport waitUntilDone(long importId) {
		return org.awaitility.Awaitility.await("the end of the save of import " + importId)
			.atMost(java.time.Duration.ofSeconds(30))
			.pollInterval(java.time.Duration.ofMillis(100))
			.until(() -> this.rows.findById(importId).orElseThrow(),
					found -> found.getState() != PlanImport.State.SAVING);
	}

}
