package org.shelfwise.web.opac;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.shelfwise.web.catalogue.Copy;
import org.shelfwise.web.pages.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A book's availability in words, as a patron asks it: "2 of 3 on the shelf at Main", "All on loan, next due
 * 12 Dec 2026", "No copies in the library". Counted from the copies themselves, so the branch and the next due date
 * come with the count.
 */
@Component
public class Availability {

    private final MessageSource messages;
    private final Formats formats;

    Availability(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String of(List<Copy> copies) {
        if (copies.isEmpty()) {
            return text("opac.availability.none");
        }
        var onShelf = copies.stream().filter(copy -> "AVAILABLE".equals(copy.status())).toList();
        if (!onShelf.isEmpty()) {
            return onTheShelf(onShelf, copies.size());
        }
        var nextDue = copies.stream().filter(copy -> "ON_LOAN".equals(copy.status())).map(Copy::dueDate)
                .filter(Objects::nonNull).min(Comparator.naturalOrder());
        if (nextDue.isEmpty()) {
            return text("opac.availability.allHeld", copies.size());
        }
        boolean allOut = copies.stream().allMatch(copy -> "ON_LOAN".equals(copy.status()));
        return allOut ? text("opac.availability.allOnLoan", copies.size(), formats.date(nextDue.get()))
                : text("opac.availability.noneOnShelf", formats.date(nextDue.get()));
    }

    private String onTheShelf(List<Copy> onShelf, int copies) {
        Map<String, Long> byBranch = onShelf.stream().collect(Collectors.groupingBy(this::branch, TreeMap::new,
                Collectors.counting()));
        if (byBranch.size() == 1) {
            return text("opac.availability.shelf", onShelf.size(), copies, byBranch.keySet().iterator().next());
        }
        String where = byBranch.entrySet().stream().map(entry -> text("opac.availability.at", entry.getValue(),
                entry.getKey())).collect(Collectors.joining(", "));
        return text("opac.availability.shelves", onShelf.size(), copies, where);
    }

    private String branch(Copy copy) {
        return copy.location() == null || copy.location().isBlank() ? text("opac.availability.unknownBranch")
                : copy.location();
    }

    private String text(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, locale);
    }
}
