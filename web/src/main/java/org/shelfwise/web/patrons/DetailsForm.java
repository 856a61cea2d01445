package org.shelfwise.web.patrons;

import java.util.LinkedHashMap;
import java.util.Map;

import org.shelfwise.web.api.Patron;

/** A patron's details as typed on the edit form, with the ETag of the version they were read at. */
public record DetailsForm(String name, String email, String phone, String address, String category, String etag) {

    /** The fields the form shows, in order, as the conflict table compares them. */
    static final String[] FIELDS = {"name", "email", "phone", "address", "category"};

    static DetailsForm of(Patron patron, String etag) {
        return new DetailsForm(patron.name(), patron.email(), blank(patron.phone()), blank(patron.address()),
                patron.category(), etag);
    }

    DetailsForm at(String otherEtag) {
        return new DetailsForm(name, email, phone, address, category, otherEtag);
    }

    /** The API's replacement of the details; the date of birth is kept as the record has it. */
    Map<String, Object> request(Patron current) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", strip(name));
        body.put("email", strip(email));
        body.put("phone", strip(phone).isEmpty() ? null : strip(phone));
        body.put("address", strip(address).isEmpty() ? null : strip(address));
        body.put("dateOfBirth", current.dateOfBirth());
        body.put("category", strip(category));
        return body;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}
