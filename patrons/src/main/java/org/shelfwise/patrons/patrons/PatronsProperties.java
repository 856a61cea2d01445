package org.shelfwise.patrons.patrons;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the patrons service.
 *
 * @param libraryCode the four digits that identify this library on every card it issues
 */
@ConfigurationProperties("shelfwise.patrons")
@Validated
record PatronsProperties(@DefaultValue("1234") @Pattern(regexp = "[0-9]{4}") String libraryCode) {
}
