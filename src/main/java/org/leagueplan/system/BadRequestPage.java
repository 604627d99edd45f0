package org.leagueplan.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose requests that cannot be used — a {@link BadRequestException},
 * a parameter that is not a number or date — get the 400 page saying, in the person's
 * language, what was wrong and how to write it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface BadRequestPage {

}
