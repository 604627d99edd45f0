package org.leagueplan.importing;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * While the demo's illustrative history is on ({@code leagueplan.demo-history}, the
 * zero-setup default), every page says that the demo's units, accounts and progress are
 * illustrative (the layout shows {@code demoNotice}).
 */
@ControllerAdvice
@ConditionalOnBooleanProperty("leagueplan.demo-history")
class DemoNotice {

	@ModelAttribute("demoNotice")
	boolean demoNotice() {
		return true;
	}

}
