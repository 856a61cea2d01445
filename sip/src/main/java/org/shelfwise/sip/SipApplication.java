package org.shelfwise.sip;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The SIP2 service: self-check kiosks' TCP server, and the API of their terminal accounts. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SipApplication {

    public static void main(String[] args) {
        SpringApplication.run(SipApplication.class, args);
    }
}
