package org.shelfwise.patrons;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The patrons service: patrons and their library cards. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PatronsApplication {

    public static void main(String[] args) {
        SpringApplication.run(PatronsApplication.class, args);
    }
}
