package org.leagueplan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules depend on each other only through their APIs and without cycles; the module
 * diagrams are written from the code into {@code target/modules}, and the ones committed
 * in {@code docs/modules} must be the same.
 */
class ModularityTests {

	/** Where the diagrams are written on every build. */
	static final Path GENERATED = Path.of("target", "modules");

	/** Where the diagrams the documentation shows are committed. */
	static final Path COMMITTED = Path.of("docs", "modules");

	static final String REFRESH = "refresh them with: ./mvnw test -Dtest=ModularityTests; rm -r docs/modules;"
			+ " cp -r target/modules docs/modules (docs/architecture.md)";

	private final ApplicationModules modules = ApplicationModules.of(LeaguePlanApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void theCommittedModuleDiagramsAreTheOnesTheCodeDraws() throws IOException {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();

		Set<String> generated = names(GENERATED);
		Set<String> committed = names(COMMITTED);
		assertThat(committed).as("the files in docs/modules; " + REFRESH).isEqualTo(generated);
		List<String> stale = new ArrayList<>();
		for (String name : generated) {
			if (!text(GENERATED.resolve(name)).equals(text(COMMITTED.resolve(name)))) {
				stale.add(name);
			}
		}
		assertThat(stale).as("docs/modules files that differ from what the code draws; " + REFRESH).isEmpty();
	}

	private static Set<String> names(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return Set.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(Files::isRegularFile)
				.map(file -> file.getFileName().toString())
				.collect(Collectors.toCollection(TreeSet::new));
		}
	}

	/**
	 * The file's lines, sorted: the Documenter writes the relations among modules, and a
	 * canvas's list of events, in no fixed order from one run to the next, and their
	 * order does not change a diagram. A canvas list's first entry carries the table
	 * cell's {@code |}; it is dropped, since which entry comes first varies.
	 */
	private static List<String> text(Path file) throws IOException {
		return Files.readAllLines(file)
			.stream()
			.map(String::stripTrailing)
			.map(line -> line.startsWith("|* ") ? line.substring(1) : line)
			.filter(line -> !line.isEmpty())
			.sorted()
			.toList();
	}

}
