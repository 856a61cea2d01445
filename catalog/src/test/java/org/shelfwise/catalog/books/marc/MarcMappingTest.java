package org.shelfwise.catalog.books.marc;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.shelfwise.catalog.books.Contributor;
import org.shelfwise.catalog.books.Format;
import org.shelfwise.catalog.books.Language;
import org.shelfwise.catalog.books.MatchKey;
import org.shelfwise.catalog.books.Subject;

import static org.assertj.core.api.Assertions.assertThat;

/** The mapping over real records; expected values as {@code yaz-marcdump -f marc8 -t utf8 -o line} shows them. */
class MarcMappingTest {

    private static final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void readsASoundRecordingWithoutIsbnAsAValidRecord() {
        var record = MarcSamples.first("evergreen/jazz_1k.mrc");
        var details = MarcMapping.toDetails(record);

        assertThat(details.title().main()).isEqualTo("Friendly fire");
        assertThat(details.title().responsibility()).isEqualTo("Joe Lovano and Greg Osby");
        assertThat(details.format()).isEqualTo(Format.MUSIC_RECORDING);
        assertThat(details.isbn()).isNull();
        assertThat(details.authors()).containsExactly("Lovano, Joe", "Osby, Greg", "Moran, Jason", "Brown, Cameron",
                "Muhammad, Idris");
        assertThat(details.identifiers().controlNumber()).isEqualTo("03-0018137");
        assertThat(details.identifiers().systemNumbers()).containsExactly("(Sirsi) a353305");
        assertThat(details.publication().place()).isEqualTo("Hollywood, CA");
        assertThat(details.publication().publisher()).isEqualTo("Blue Note");
        assertThat(details.publication().year()).isEqualTo(1999);
        assertThat(details.physicalDescription()).isEqualTo("1 sound disc digital, stereo");
        assertThat(details.language()).isEqualTo(new Language("en"));
        assertThat(details.subjects()).containsExactly(new Subject("Saxophone with jazz ensemble", Subject.Kind.TOPIC,
                java.util.List.of()));
        assertThat(details.notes()).hasSize(3).first().asString().startsWith("Geo J Lo -- The wild east");
        assertThat(validator.validate(MarcMapping.toInput(record))).isEmpty();
    }

    @Test
    void everyRecordOfTheSoundRecordingsIsValidThoughNoneHasAnIsbn() {
        var records = MarcSamples.read("evergreen/jazz_1k.mrc");
        assertThat(records).hasSize(1000);
        assertThat(records).allSatisfy(record -> assertThat(validator.validate(MarcMapping.toInput(record))).isEmpty());
    }

    @Test
    void honoursNonFilingCharactersOfAFrenchTitleOf1906() {
        var details = MarcMapping.toDetails(MarcSamples.first("evergreen/lul_fre_500.mrc"));

        assertThat(details.title().main()).isEqualTo("L'autre monde, mythes et légendes");
        assertThat(details.title().remainder()).isEqualTo("le purgatoire de Saint Patrice");
        assertThat(details.title().nonFiling()).isEqualTo(2);
        assertThat(details.title().filing()).isEqualTo("autre monde, mythes et légendes");
        assertThat(details.authors()).containsExactly("Félice, Philippe de");
        assertThat(details.publicationYear()).isEqualTo(1906);
        assertThat(details.language()).isEqualTo(new Language("fr"));
        assertThat(details.format()).isEqualTo(Format.BOOK);
        assertThat(details.subjectHeadings()).containsExactly("Purgatoire", "Patrice, Saint, 373?-463?");
        assertThat(details.identifiers().systemNumbers()).containsExactly("(Sirsi) a185998", "(Sirsi) 01-0211801");
    }

    @Test
    void keepsTheOriginalScriptOfTitleAndNamesBesideTheirRomanisation() {
        var details = MarcMapping.toDetails(MarcSamples.first("perl4lib/cjk1.marc"));

        assertThat(details.title().main()).isEqualTo("Kindaichi Kyōsuke to Ainugo");
        assertThat(details.title().originalScript()).isEqualTo("金田一 京助 と アイヌ語");
        assertThat(details.contributors()).containsExactly(
                new Contributor("Taishō, Tomizō", Contributor.Kind.PERSON, java.util.List.of(), "大正 十三造"));
        assertThat(details.identifiers().lccn()).isEqualTo("2002321853");
        assertThat(details.identifiers().controlNumber()).isEqualTo("MIUO02-B3220");
        assertThat(details.identifiers().controlNumberSource()).isEqualTo("CStRLIN");
        assertThat(details.language()).isEqualTo(new Language("ja"));
        assertThat(details.edition()).isEqualTo("Dai 1-han");
        assertThat(details.subjects()).contains(new Subject("Philologists", Subject.Kind.TOPIC,
                java.util.List.of("Japan", "Biography")));
        assertThat(details.subjects().getFirst().kind()).isEqualTo(Subject.Kind.PERSON);
    }

    @Test
    void readsHebrewTwinsAndAUniformTitleSubject() {
        var details = MarcMapping.toDetails(MarcSamples.first("evergreen/hebrew.marc"));

        assertThat(details.title().main()).isEqualTo("La-Torah vela-moʻadim");
        assertThat(details.title().originalScript()).isEqualTo("לתורה בלמועדים רסיסי הגיונות");
        assertThat(details.subjects().getFirst().kind()).isEqualTo(Subject.Kind.TITLE);
        assertThat(details.subjects().getFirst().subdivisions()).containsExactly("Sermons");
        assertThat(MatchKey.of(details).getFirst()).isEqualTo(new MatchKey("id:(OCoLC)13810341", MatchKey.CONTROL_NUMBER));
    }

    @Test
    void keepsInvalidAndCancelledIsbnsAsWrittenAndNormalisesValidOnes() {
        var records = MarcSamples.read("evergreen/badisbns.xml");

        var noValid = MarcMapping.toDetails(records.get(0));
        assertThat(noValid.isbn()).isNull();
        assertThat(noValid.identifiers().invalidIsbns()).containsExactly("HL00361126");
        assertThat(validator.validate(MarcMapping.toInput(records.get(0)))).isEmpty();

        var leGuin = MarcMapping.toDetails(records.get(2));
        assertThat(leGuin.title().nonFiling()).isEqualTo(4);
        assertThat(leGuin.title().filing()).isEqualTo("farthest shore");
        assertThat(leGuin.identifiers().isbns()).containsExactly("9780553204308", "9780553268478");
        assertThat(leGuin.identifiers().invalidIsbns()).containsExactly("0553101315175");
        assertThat(leGuin.isbn().value()).isEqualTo("9780553204308");
    }

    @Test
    void matchesAnOclcNumberWrittenWithOrWithoutItsPrefix() {
        var details = MarcMapping.toDetails(MarcSamples.first("marc4j/sample1a.xml"));

        assertThat(MatchKey.of(details)).containsExactly(
                new MatchKey("id:(NBYdb)370589", MatchKey.CONTROL_NUMBER),
                new MatchKey("id:(OCoLC)16504428", MatchKey.SYSTEM_NUMBER));
        assertThat(details.series()).containsExactly("American series ; no. 1");
        assertThat(details.edition()).isEqualTo("[Rev. ed.]");
    }
}
