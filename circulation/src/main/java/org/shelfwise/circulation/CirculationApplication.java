package org.shelfwise.circulation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Circulation: the desk's work of lending copies to patrons and taking them back. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CirculationApplication {

    public static void main(String[] args) {
        SpringApplication.run(CirculationApplication.class, args);
    }
}
