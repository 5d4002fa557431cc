package vn.ptdv.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * What any text may hold, and the whole numbers of forms: for any input, the value or a
 * validation problem naming the field — never another exception.
 */
class TextInputPropertyTest {
    @Provide
    Arbitrary<String> vietnamese() {
        return Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐĂÂÊÔƠƯ -'.")
                .ofMinLength(1).ofMaxLength(40).filter(s -> s.chars().anyMatch(Character::isLetter));
    }

    @Property
    void namesAsPeopleWriteThemHaveNoFlaw(@ForAll("vietnamese") String name) {
        assertThat(TextInput.nameFlaw(name)).isEmpty();
        assertThat(TextInput.flaw(name)).isEmpty();
    }

    @Property
    void aControlCharacterAnywhereIsAFlawWithItsPosition(@ForAll("vietnamese") String text,
            @ForAll @IntRange(max = 40) int at, @ForAll("controls") char control) {
        int position = Math.min(at, text.length());
        String flawed = text.substring(0, position) + control + text.substring(position);
        assertThat(TextInput.flaw(flawed)).hasValueSatisfying(flaw -> {
            assertThat(flaw.messageKey()).isEqualTo("validation.text.control");
            assertThat(flaw.args()).containsExactly(String.format("U+%04X", (int) control), String.valueOf(position + 1));
        });
    }

    @Provide
    Arbitrary<Character> controls() {
        return Arbitraries.chars().range('\u0000', '\u001f').filter(c -> c != '\t' && c != '\n' && c != '\r')
                .injectDuplicates(0.1).edgeCases(edges -> edges.add('\u0000')).map(c -> c);
    }

    @Property
    void aLoneSurrogateIsAlwaysAFlaw(@ForAll("vietnamese") String text, @ForAll @IntRange(max = 40) int at,
            @ForAll("surrogates") char surrogate) {
        int position = Math.min(at, text.length());
        assertThat(TextInput.flaw(text.substring(0, position) + surrogate + text.substring(position)))
                .hasValueSatisfying(flaw -> assertThat(flaw.messageKey()).isEqualTo("validation.text.broken"));
    }

    @Provide
    Arbitrary<Character> surrogates() {
        return Arbitraries.chars().range('\uD800', '\uDFFF');
    }

    @Property
    void anyTextHasAFlawOrNoneNeverAnException(@ForAll String text) {
        TextInput.flaw(text);
        TextInput.nameFlaw(text);
        assertThat(TextInput.printable(text)).doesNotContain("\u0000");
    }

    @Property
    void invisibleCharactersAloneAreNeverText(@ForAll("invisible") String text) {
        assertThat(TextInput.flaw(text)).hasValueSatisfying(flaw -> assertThat(flaw.messageKey())
                .isIn("validation.text.invisible", "validation.text.direction"));
    }

    @Provide
    Arbitrary<String> invisible() {
        return Arbitraries.strings().withChars("\u00a0\u200b\u200c\u200d\u2060\ufeff\u3164\u2800\u202e\u2066\u180e\u00ad")
                .ofMinLength(1).ofMaxLength(8);
    }

    @Property
    void aNameOfDigitsAndPunctuationOnlyIsNotAName(@ForAll("numbers") String text) {
        assertThat(TextInput.nameFlaw(text)).hasValueSatisfying(flaw -> assertThat(flaw.messageKey())
                .isEqualTo("validation.name.noLetter"));
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.strings().withChars("0123456789.,-/() +").ofMinLength(1).ofMaxLength(20)
                .filter(s -> !s.isBlank());
    }

    @Property
    void aWholeNumberIsReadOrRefusedWithItsRange(@ForAll long number, @ForAll @IntRange(min = -5, max = 5) int min) {
        Problems problems = new Problems("x");
        Integer read = problems.wholeNumber("n", String.valueOf(number), min, 1000, true);
        if (number >= min && number <= 1000) {
            assertThat(read).isEqualTo((int) number);
            assertThat(problems.isEmpty()).isTrue();
        } else {
            assertThat(read).isNull();
            assertThat(problems.list()).singleElement().satisfies(p -> assertThat(p.messageKey()).isEqualTo("validation.range"));
        }
    }

    @Property
    void anIdBeyondTheLargestLongIsOutOfRangeNotMalformed(@ForAll @IntRange(min = 1, max = 200) int extraDigits) {
        String huge = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE) + "9".repeat(extraDigits - 1);
        Problems problems = new Problems("x");
        assertThat(problems.id("id", huge, true)).isNull();
        assertThat(problems.list()).singleElement().satisfies(p -> assertThat(p.messageKey()).isEqualTo("validation.range"));
    }

    @Property
    void anyTextIsAWholeNumberOrAProblemNeverAnException(@ForAll String text) {
        Problems problems = new Problems("x");
        Integer read = problems.wholeNumber("n", text, 0, 100, false);
        assertThat(read == null || read >= 0 && read <= 100).isTrue();
        problems.id("id", text, false);
    }

    @Example
    void theLargestLongIsAnId() {
        assertThat(new Problems("x").id("id", String.valueOf(Long.MAX_VALUE), true)).isEqualTo(Long.MAX_VALUE);
    }
}
