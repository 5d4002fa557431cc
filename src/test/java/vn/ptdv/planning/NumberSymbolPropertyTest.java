package vn.ptdv.planning;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The number and symbol of a directive: one canonical form for every way of writing the same
 * document — leading zeros, spaces, dashes and slashes of other fonts, the look-alikes of "Đ".
 */
class NumberSymbolPropertyTest {
    /** A kind and an issuer as Party documents write them: "KH/ĐU", "HD/BTCTW", "NQ/CB". */
    @Provide
    Arbitrary<String> symbols() {
        Arbitrary<String> kind = Arbitraries.of("KH", "NQ", "QĐ", "HD", "CT", "TB", "BC", "CV", "KL", "Đ");
        Arbitrary<String> issuer = Arbitraries.of("TW", "TU", "HU", "QU", "TXU", "ThU", "ĐU", "CB", "BTCTW", "BTCTU",
                "ĐUK", "VPTW");
        return Combinators.combine(kind, issuer).as((k, i) -> k + "/" + i);
    }

    /** Text as people type it: anything, with the characters of numbers and symbols more likely. */
    @Provide
    Arbitrary<String> typed() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20),
                Arbitraries.strings().withChars("0123456789-/KHQUĐÐđðƉ ‐–—−／ \u0335\u0301\u0323").ofMaxLength(16));
    }

    @Property
    void theCanonicalFormIsIdempotent(@ForAll("typed") String text) {
        String once = NumberSymbol.normalize(text);
        assertThat(NumberSymbol.normalize(once)).isEqualTo(once);
    }

    @Property
    void leadingZerosDoNotMakeAnotherDocument(@ForAll @IntRange(min = 1, max = 99999) int number,
            @ForAll @IntRange(max = 3) int zeros, @ForAll("symbols") String symbol) throws Exception {
        NumberSymbol plain = NumberSymbol.parse(number + "-" + symbol);
        NumberSymbol padded = NumberSymbol.parse("0".repeat(zeros) + number + "-" + symbol);
        assertThat(padded).isEqualTo(plain);
        assertThat(plain.number()).isEqualTo(number);
        assertThat(plain.text()).isEqualTo((number < 10 ? "0" + number : String.valueOf(number)) + "-" + symbol);
    }

    @Property
    void spacesDashesSlashesAndLookAlikesOfDDoNotMakeAnotherDocument(@ForAll @IntRange(min = 1, max = 99999) int number,
            @ForAll("symbols") String symbol, @ForAll("dashes") String dash, @ForAll("slashes") String slash,
            @ForAll("spaces") String space) throws Exception {
        String written = space + number + space + dash + space
                + symbol.replace("/", space + slash + space).replace("Đ", "Ð") + space;
        assertThat(NumberSymbol.parse(written)).isEqualTo(NumberSymbol.parse(number + "-" + symbol));
    }

    @Property
    void anyTextIsANumberAndSymbolOrTheValidationErrorNeverAnotherException(@ForAll("typed") String text) {
        try {
            NumberSymbol parsed = NumberSymbol.parse(text);
            assertThat(parsed.text()).isEqualTo(NumberSymbol.normalize(text));
            assertThat(NumberSymbol.parse(parsed.text())).isEqualTo(parsed);
            assertThat(parsed.number()).isBetween(1, 99999);
        } catch (NumberSymbol.InvalidNumberSymbol expected) {
            assertThat(expected.messageKey()).startsWith("directive.symbol.");
        }
    }

    @Provide
    Arbitrary<String> dashes() {
        return Arbitraries.of("-", "\u2010", "\u2011", "\u2013", "\u2014", "\u2212", "\uFF0D");
    }

    @Provide
    Arbitrary<String> slashes() {
        return Arbitraries.of("/", "\u2215", "\u2044", "\uFF0F");
    }

    @Provide
    Arbitrary<String> spaces() {
        return Arbitraries.of("", " ", "  ", "\u00A0", "\u2009", "\t");
    }

    @Example
    void theExampleOfTheIssueIsOneDirective() throws Exception {
        assertThat(NumberSymbol.parse("077-KH/ĐU")).isEqualTo(NumberSymbol.parse("77-KH/ĐU"));
        assertThat(NumberSymbol.parse("077-KH/ĐU").text()).isEqualTo("77-KH/ĐU");
        assertThat(NumberSymbol.parse("1-HD/TW").text()).isEqualTo("01-HD/TW");
        assertThat(NumberSymbol.parse("12-KH/D\u0335U").text()).isEqualTo("12-KH/ĐU");
    }

    /** Found by {@link #theCanonicalFormIsIdempotent}: taking the space out joins the letter and its accent. */
    @Example
    void aSpaceBetweenALetterAndItsAccentIsReadOnce() {
        assertThat(NumberSymbol.normalize("K \u0301")).isEqualTo("\u1E30");
        assertThat(NumberSymbol.normalize(NumberSymbol.normalize("K \u0301"))).isEqualTo("\u1E30");
    }
}
