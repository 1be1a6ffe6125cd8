package cn.qinqing.shared.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qinqing.shared.standard.CreditCodeValidation.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

    /*
     * 91350100M000100Y43, a commonly cited published code, checked by hand:
     * values 9,1,3,5,0,1,0,0,M=21,0,0,0,1,0,0,Y=30,4 times weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28
     * = 9+3+27+135+0+26+0+0+420+0+0+0+8+0+0+900+112 = 1640; 1640 mod 31 = 28; 31 - 28 = 3 -> '3'.
     */
    @Test
    void acceptsPublishedCodesWhoseCheckCharacterWasVerifiedByHand() {
        assertThat(CreditCode.isValid("91350100M000100Y43")).isTrue();
        // 9,1,1,1,0,0,0,0,8,0,2,1,0,0,4,3,3 -> sum 485; 485 mod 31 = 20; 31 - 20 = 11 -> 'B'.
        assertThat(CreditCode.isValid("91110000802100433B")).isTrue();
    }

    @Test
    void computesCheckCharactersOfOwnPrefixes() {
        // 5,1,3,7,0,5,0,3,M=21,J=18,D=13,0,0,0,0,0,1 -> 5+3+27+189+0+130+0+51+420+522+325+28 = 1700;
        // 1700 mod 31 = 26; 31 - 26 = 5 -> '5'.
        assertThat(CreditCode.checkCharacter("51370503MJD000001")).isEqualTo('5');
        // 9,2,3,7,0,5,0,3,M=21,A=10,0,...,0 -> 9+6+27+189+0+130+0+51+420+290 = 1122; 1122 mod 31 = 6; 31 - 6 = 25 -> 'R'.
        assertThat(CreditCode.checkCharacter("92370503MA0000000")).isEqualTo('R');
        // All zeros: sum 0, 31 - 0 = 31 which maps to 0.
        assertThat(CreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
        assertThat(CreditCode.fromPrefix("92370503MA0000000").value()).isEqualTo("92370503MA0000000R");
    }

    @Test
    void rejectsAWrongCheckCharacterAndNamesTheExpectedOne() {
        var result = CreditCode.validate("91350100M000100Y44");
        assertThat(result.reason()).isEqualTo(Reason.WRONG_CHECK_CHARACTER);
        assertThat(result.position()).isEqualTo(18);
        assertThat(result.found()).isEqualTo('4');
        assertThat(result.expected()).isEqualTo('3');
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z'})
    void rejectsLettersTheStandardLeavesOut(char letter) {
        var result = CreditCode.validate("91350100M" + letter + "00100Y43");
        assertThat(result.reason()).isEqualTo(Reason.ILLEGAL_CHARACTER);
        assertThat(result.position()).isEqualTo(10);
        assertThat(result.found()).isEqualTo(letter);
    }

    @Test
    void rejectsPunctuationAsAnIllegalCharacter() {
        assertThat(CreditCode.validate("91350100M-00100Y43").reason()).isEqualTo(Reason.ILLEGAL_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y433", "9135", "91350100M000100Y43 X"})
    void rejectsAnyLengthButEighteen(String code) {
        var result = CreditCode.validate(code);
        assertThat(result.reason()).isEqualTo(Reason.WRONG_LENGTH);
        assertThat(result.length()).isEqualTo(CreditCode.normalise(code).length());
    }

    @Test
    void rejectsNothingTypedAsEmpty() {
        assertThat(CreditCode.validate(null).reason()).isEqualTo(Reason.EMPTY);
        assertThat(CreditCode.validate("  \u3000").reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void acceptsFullWidthLowerCaseAndPaddedInputAsTheSameCode() {
        var typed = "\u3000９１３５０１００ｍ０００１００ｙ４３ ";
        assertThat(CreditCode.normalise(typed)).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.parse(typed)).isEqualTo(CreditCode.parse("91350100M000100Y43"));
        assertThat(CreditCode.parse(" 91350100m000100y43").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void parseRefusesInvalidCodes() {
        assertThatThrownBy(() -> CreditCode.parse("91350100M000100Y44")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tellsAuthorityKindAndRegion() {
        var chamber = CreditCode.fromPrefix("51370503MJD000001");
        assertThat(chamber.registeringAuthority()).isEqualTo('5');
        assertThat(chamber.kindCode()).isEqualTo("51");
        assertThat(chamber.kind()).isEqualTo(CreditCodeKind.SOCIAL_GROUP);
        assertThat(chamber.regionCode()).isEqualTo("370503");
        assertThat(chamber.organisationCode()).isEqualTo("MJD000001");
        assertThat(CreditCode.fromPrefix("92370503MA0000000").kind()).isEqualTo(CreditCodeKind.INDIVIDUAL_BUSINESS);
        assertThat(CreditCode.fromPrefix("93370503MA0000000").kind()).isEqualTo(CreditCodeKind.FARMERS_COOPERATIVE);
        assertThat(CreditCode.parse("91350100M000100Y43").kind()).isEqualTo(CreditCodeKind.ENTERPRISE);
        assertThat(CreditCode.fromPrefix("Y1370503MA0000000").kind()).isEqualTo(CreditCodeKind.OTHER);
    }

    @Test
    void tellsWhetherRegisteredWithinARegion() {
        var hekou = CreditCode.fromPrefix("91370503MA0000000");
        assertThat(hekou.registeredWithin("370503")).isTrue();
        assertThat(hekou.registeredWithin("370500")).isTrue();
        assertThat(hekou.registeredWithin("370000")).isTrue();
        assertThat(hekou.registeredWithin("370502")).isFalse();
        assertThat(hekou.registeredWithin("350000")).isFalse();
        assertThat(hekou.registeredWithin(null)).isFalse();
    }

    @Test
    void generatorRefusesPrefixesOfTheWrongShape() {
        assertThatThrownBy(() -> CreditCode.fromPrefix("9135")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditCode.fromPrefix("91350100I00010000")).isInstanceOf(IllegalArgumentException.class);
    }
}
