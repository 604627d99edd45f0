package org.leagueplan.system;

import java.util.Optional;

/**
 * A module's say on where the start page ({@code /}) sends the person logged in: a module
 * that has a better first page for some people implements it (a component);
 * {@code HomeController} asks them in their order and sends everyone else to the current
 * plan. System knows neither the modules nor their people, so nothing here depends on
 * them.
 */
public interface StartPage {

	/**
	 * The path (e.g. {@code /my-work}) for the person logged in, or empty to leave the
	 * choice to others.
	 */
	Optional<String> pathForCurrentUser();

}
