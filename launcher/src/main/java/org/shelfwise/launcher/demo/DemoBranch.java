package org.shelfwise.launcher.demo;

/** A branch of the demo library: its code, as copies and holds name it, and the name readers see. */
record DemoBranch(String code, String name) {
}
