package org.shelfwise.circulation.branches;

/**
 * A branch of the library: its code (what holds, closings and policy rules name) and its name (what readers see).
 */
public record Branch(String code, String name) {
}
