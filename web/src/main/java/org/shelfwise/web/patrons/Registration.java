package org.shelfwise.web.patrons;

import java.util.LinkedHashMap;
import java.util.Map;

/** The register-a-patron form as typed; blank fields are left out of the API request. */
public record Registration(String name, String email, String phone, String address, String dateOfBirth,
                           String category) {

    static Registration empty() {
        return new Registration("", "", "", "", "", "adult");
    }

    Map<String, Object> request() {
        var body = new LinkedHashMap<String, Object>();
        put(body, "name", name);
        put(body, "email", email);
        put(body, "phone", phone);
        put(body, "address", address);
        put(body, "dateOfBirth", dateOfBirth);
        put(body, "category", category);
        return body;
    }

    private static void put(Map<String, Object> body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value.strip());
        }
    }
}
