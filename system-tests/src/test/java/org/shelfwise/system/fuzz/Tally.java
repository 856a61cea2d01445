package org.shelfwise.system.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/** Counts what the fuzzer sent and got back, and keeps every answer that breaks the input rules. */
final class Tally {

    // what an answer must never reveal: Java or Jackson types, framework packages, stack traces
    private static final Pattern INTERNALS = Pattern.compile(
            "java\\.(lang|util|math|time)|tools\\.jackson|com\\.fasterxml|JsonToken|VALUE_NUMBER|StreamReadConstraints"
                    + "|org\\.springframework|org\\.apache|Exception|\\tat ");

    private int requests;
    private final int[] byClass = new int[6];
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private int dataChecks;

    /** Checks one answer; returns whether the request was refused (4xx). */
    synchronized boolean record(String where, Attempt attempt, Wire.Answer answer) {
        requests++;
        byClass[Math.min(5, answer.status() / 100)]++;
        if (answer.status() >= 500) {
            fail(where, attempt, answer, "answered " + answer.status());
        } else if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
            fail(where, attempt, answer, "answered " + answer.status() + " as '" + answer.contentType()
                    + "', not application/problem+json");
        } else if (answer.status() >= 400 && INTERNALS.matcher(answer.body()).find()) {
            fail(where, attempt, answer, "answered " + answer.status() + " naming internals");
        }
        return answer.status() >= 400 && answer.status() < 500;
    }

    synchronized void dataChecked() {
        dataChecks++;
    }

    void changed(String where, Attempt attempt, String listing) {
        failures.add(where + " " + attempt + ": refused, yet changed " + listing);
    }

    private void fail(String where, Attempt attempt, Wire.Answer answer, String what) {
        String body = answer.body() == null ? "" : answer.body();
        failures.add(where + " " + attempt + ": " + what + ": " + (body.length() > 300 ? body.substring(0, 300) : body));
    }

    int requests() {
        return requests;
    }

    int count(int statusClass) {
        return byClass[statusClass];
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    String summary() {
        return requests + " requests: " + byClass[2] + " 2xx, " + byClass[3] + " 3xx, " + byClass[4] + " 4xx, "
                + byClass[5] + " 5xx; " + dataChecks + " data checks; " + failures.size() + " failures";
    }
}
