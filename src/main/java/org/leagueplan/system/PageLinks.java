package org.leagueplan.system;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links to another page of a paged list, keeping the list's filters:
 * {@code ${@pageLinks.to(3)}} in a template.
 */
@Component("pageLinks")
class PageLinks {

	public String to(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.scheme(null)
			.host(null)
			.port(null)
			.replaceQueryParam("page", page)
			.build()
			.toUriString();
	}

}
