package org.shelfwise.catalog.transfer;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Names a field the way the web layer does: {@code authors[0]}. */
final class FieldPaths {

    private FieldPaths() {
    }

    static String of(Path path) {
        var field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
