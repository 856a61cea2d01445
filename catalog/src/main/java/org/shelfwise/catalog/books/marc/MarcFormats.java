package org.shelfwise.catalog.books.marc;

import org.marc4j.marc.Record;
import org.shelfwise.catalog.books.Format;

/**
 * The format a record describes, from its type of record (leader/06), bibliographic level (leader/07), physical
 * description (007/00) and, for texts, form of item (008/23: o, q or s is electronic).
 */
final class MarcFormats {

    private MarcFormats() {
    }

    static Format of(Record record) {
        var leader = record.getLeader();
        char type = leader.getTypeOfRecord();
        char level = leader.getImplDefined1()[0];
        char physical = MarcFields.control(record, "007").filter(s -> !s.isEmpty()).map(s -> s.charAt(0)).orElse(' ');
        return switch (type) {
            case 'a' -> level == 's' || level == 'b' || level == 'i' ? Format.SERIAL
                    : electronic(record, physical) ? Format.EBOOK : Format.BOOK;
            case 't' -> Format.MANUSCRIPT;
            case 'c', 'd' -> Format.SCORE;
            case 'e', 'f' -> Format.MAP;
            case 'g' -> physical == 'g' ? Format.PICTURE : Format.VIDEO;
            case 'i' -> Format.SOUND_RECORDING;
            case 'j' -> Format.MUSIC_RECORDING;
            case 'k' -> Format.PICTURE;
            case 'm' -> Format.COMPUTER_FILE;
            case 'o' -> Format.KIT;
            case 'p' -> Format.MIXED_MATERIALS;
            case 'r' -> Format.OBJECT;
            default -> Format.BOOK;
        };
    }

    private static boolean electronic(Record record, char physical) {
        if (physical == 'c') {
            return true;
        }
        var fixed = MarcFields.control(record, "008").orElse("");
        return fixed.length() > 23 && "oqs".indexOf(fixed.charAt(23)) >= 0;
    }

    /** Leader/06 and /07 for a format, as a record made here gives them. */
    static char[] typeAndLevel(Format format) {
        return switch (format) {
            case BOOK, EBOOK -> new char[] {'a', 'm'};
            case SERIAL -> new char[] {'a', 's'};
            case MANUSCRIPT -> new char[] {'t', 'm'};
            case SCORE -> new char[] {'c', 'm'};
            case MAP -> new char[] {'e', 'm'};
            case VIDEO -> new char[] {'g', 'm'};
            case SOUND_RECORDING -> new char[] {'i', 'm'};
            case MUSIC_RECORDING -> new char[] {'j', 'm'};
            case PICTURE -> new char[] {'k', 'm'};
            case COMPUTER_FILE -> new char[] {'m', 'm'};
            case KIT -> new char[] {'o', 'm'};
            case MIXED_MATERIALS -> new char[] {'p', 'c'};
            case OBJECT -> new char[] {'r', 'm'};
        };
    }
}
