package vn.ptdv.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.planning.DirectiveType;
import vn.ptdv.planning.NumberSymbol;

/** The number and symbol of party documents: the official form, its parts, the issuer's level. */
class NumberSymbolTest {

    @ParameterizedTest
    @CsvSource({
        "12-KH/TU, 12, KH, TU",
        "01-HD/TW, 1, HD, TW",
        "35-NQ/ĐU, 35, NQ, ĐU",
        "3-NQ/CB, 3, NQ, CB",
        "245-QĐ/BTCTU, 245, QĐ, BTCTU",
        "12-CTr/HU, 12, CTr, HU",
        "7-KH/ĐU-UBKT, 7, KH, ĐU-UBKT"
    })
    void theOfficialFormIsReadIntoItsParts(String text, int number, String type, String issuer) throws Exception {
        NumberSymbol symbol = NumberSymbol.parse(text);
        assertThat(symbol.number()).isEqualTo(number);
        assertThat(symbol.typeCode()).isEqualTo(type);
        assertThat(symbol.issuerSymbol()).isEqualTo(issuer);
    }

    @Test
    void spacesAndTheLookAlikeEthAreForgiven() throws Exception {
        assertThat(NumberSymbol.parse(" 12 - KH / ÐU ").issuerSymbol()).isEqualTo("ĐU");
        assertThat(NumberSymbol.normalize(" 12 - KH / ÐU ")).isEqualTo("12-KH/ĐU");
    }

    @ParameterizedTest
    @CsvSource({
        "12/KH-TU, directive.symbol.form",
        "KH-12/TU, directive.symbol.form",
        "12-kh/TU, directive.symbol.form",
        "123456-KH/TU, directive.symbol.form",
        "-KH/TU, directive.symbol.form",
        "12-KH, directive.symbol.noSlash",
        "12 KH TU, directive.symbol.noSlash",
        "0-KH/TU, directive.symbol.zero",
        "000-KH/TU, directive.symbol.zero"
    })
    void anythingElseIsRefusedWithTheReason(String text, String reason) {
        assertThatThrownBy(() -> NumberSymbol.parse(text)).isInstanceOf(NumberSymbol.InvalidNumberSymbol.class)
                .extracting(e -> ((NumberSymbol.InvalidNumberSymbol) e).messageKey()).isEqualTo(reason);
    }

    @Test
    void theIssuingBodyMustSignAtTheIssuersLevel() throws Exception {
        assertThat(NumberSymbol.parse("12-KH/TU").matchesLevel(OrganizationType.PROVINCIAL)).isTrue();
        assertThat(NumberSymbol.parse("245-QĐ/BTCTU").matchesLevel(OrganizationType.PROVINCIAL)).isTrue();
        assertThat(NumberSymbol.parse("12-KH/HU").matchesLevel(OrganizationType.PROVINCIAL)).isFalse();
        assertThat(NumberSymbol.parse("12-KH/HU").matchesLevel(OrganizationType.DIRECT_SUBORDINATE)).isTrue();
        assertThat(NumberSymbol.parse("35-NQ/ĐU").matchesLevel(OrganizationType.GRASSROOTS_COMMITTEE)).isTrue();
        assertThat(NumberSymbol.parse("35-NQ/TU").matchesLevel(OrganizationType.GRASSROOTS_COMMITTEE)).isFalse();
        assertThat(NumberSymbol.parse("3-NQ/CB").matchesLevel(OrganizationType.CELL)).isTrue();
        assertThat(NumberSymbol.parse("3-NQ/ĐU").matchesLevel(OrganizationType.CELL)).isFalse();
        assertThat(NumberSymbol.parse("01-HD/TW").matchesLevel(OrganizationType.CENTRAL)).isTrue();
    }

    @Test
    void theKindOfDocumentIsReadFromItsAbbreviation() throws Exception {
        assertThat(NumberSymbol.parse("12-KH/TU").type()).contains(DirectiveType.PLAN);
        assertThat(NumberSymbol.parse("35-NQ/ĐU").type()).contains(DirectiveType.RESOLUTION);
        assertThat(NumberSymbol.parse("35-XY/ĐU").type()).isEmpty();
    }
}
