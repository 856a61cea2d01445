package org.shelfwise.launcher.demo;

/** A patron of the demo library. */
record DemoPatron(String name, String email) {
}
