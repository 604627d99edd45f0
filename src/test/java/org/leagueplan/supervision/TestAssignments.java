package org.leagueplan.supervision;

import java.time.Duration;

import org.springframework.boot.test.context.TestComponent;

import static org.awaitility.Awaitility.await;

/**
 * Waits for the assignments the supervision module makes after a plan's change (they are
 * made after the change is committed), for other modules' tests.
 */
@TestComponent
public class TestAssignments {

	private final AssignmentRepository assignments;

	TestAssignments(AssignmentRepository assignments) {
		this.assignments = assignments;
	}

	/** The id of the item's open assignment to the unit, once it is made. */
	public long awaitOpen(long itemId, long unitId) {
		return await("the assignment of item " + itemId + " to unit " + unitId).atMost(Duration.ofSeconds(30))
			.until(() -> this.assignments.findByItemIdOrderById(itemId)
				.stream()
				.filter(assignment -> assignment.getUnitId() == unitId && assignment.isOpen())
				.map(Assignment::getId)
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
	}

}
