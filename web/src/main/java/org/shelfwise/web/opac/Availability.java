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
 * A book's availability in words, as a patron asks it: "2 of 3 on the shelf at Main Library", "All on loan, next due
 * 12 Dec 2026", "No copies in the library". Counted from the copies themselves, so the branch and the next due date
 * come with the count. A copy's branch is said by its name, as circulation lists the branches, or by its code when
 * the list does not name it; a copy of no branch is at its location, as the catalogue had it before copies had
 * branches.
 */
@Component
public class Availability {

    private final MessageSource messages;
    private final Formats formats;

    Availability(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /** The copies' availability in words, their branches named by {@code branchNames} (code to name). */
    public String of(List<Copy> copies, Map<String, String> branchNames) {
        if (copies.isEmpty()) {
            return text("opac.availability.none");
        }
        var onShelf = copies.stream().filter(copy -> "AVAILABLE".equals(copy.status())).toList();
        if (!onShelf.isEmpty()) {
            return onTheShelf(onShelf, copies.size(), branchNames);
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

    private String onTheShelf(List<Copy> onShelf, int copies, Map<String, String> branchNames) {
        Map<String, Long> byBranch = onShelf.stream().collect(Collectors.groupingBy(
                copy -> branchOf(copy, branchNames), TreeMap::new, Collectors.counting()));
        if (byBranch.size() == 1) {
            return text("opac.availability.shelf", onShelf.size(), copies, byBranch.keySet().iterator().next());
        }
        String where = byBranch.entrySet().stream().map(entry -> text("opac.availability.at", entry.getValue(),
                entry.getKey())).collect(Collectors.joining(", "));
        return text("opac.availability.shelves", onShelf.size(), copies, where);
    }

    /** Where a copy is, as a reader reads it: its branch's name (or code), else its location, else the library. */
    public String branchOf(Copy copy, Map<String, String> branchNames) {
        if (copy.branch() != null) {
            return branchNames.getOrDefault(copy.branch(), copy.branch());
        }
        return copy.location() == null || copy.location().isBlank() ? text("opac.availability.unknownBranch")
                : copy.location();
    }

    /** Whether any of these copies has a branch, so that a page needs the branches' names. */
    static boolean namesBranches(List<Copy> copies) {
        return copies.stream().anyMatch(copy -> copy.branch() != null);
    }

    private String text(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, locale);
    }
}
