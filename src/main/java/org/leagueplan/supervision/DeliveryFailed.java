package org.leagueplan.supervision;

/**
 * A channel could not deliver a notice; thrown out of the channel's listener so that its
 * event publication stays incomplete and is submitted again later.
 */
class DeliveryFailed extends RuntimeException {

	DeliveryFailed(String message) {
		super(message);
	}

	DeliveryFailed(String message, Throwable cause) {
		super(message, cause);
	}

}
