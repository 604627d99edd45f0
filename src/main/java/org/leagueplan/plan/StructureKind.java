package org.leagueplan.plan;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of plan record that can be archived, restored and moved, by the name they
 * have in addresses ({@code /items/7/archive}). Only these names are accepted.
 */
enum StructureKind {

	SECTIONS("sections"), ITEMS("items"), TARGETS("targets"), MILESTONES("milestones"), UNITS("units");

	private final String path;

	StructureKind(String path) {
		this.path = path;
	}

	public String path() {
		return this.path;
	}

	public static Optional<StructureKind> fromPath(String path) {
		return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
	}

}
