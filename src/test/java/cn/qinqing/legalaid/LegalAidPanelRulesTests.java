package cn.qinqing.legalaid;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.web.ValidationException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The panel's field rules without Spring: licence numbers, mobiles, required fields. */
class LegalAidPanelRulesTests {

    private static final Random RANDOM = new Random(20260517L);

    private static PanelMemberDraft lawyer(String licence, String mobile) {
        return new PanelMemberDraft(null, PanelKind.LAWYER, "王律师", "山东黄河口律师事务所", null, licence,
                Set.of(Speciality.CONTRACT_DISPUTE), mobile, true);
    }

    private static List<String> fieldsInError(PanelMemberDraft draft, boolean keepMobile) {
        var errors = new ArrayList<FieldError>();
        PanelRules.check(draft, keepMobile, errors);
        return errors.stream().map(FieldError::field).toList();
    }

    private static String digits(int length) {
        var sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return sb.toString();
    }

    @Test
    void everySeventeenDigitLicenceNumberIsAcceptedAndNormalised() {
        for (int i = 0; i < 500; i++) {
            var licence = digits(17);
            var spaced = licence.substring(0, 5) + " " + licence.substring(5, 9) + "-" + licence.substring(9);
            var errors = new ArrayList<FieldError>();
            var checked = PanelRules.check(lawyer(" " + spaced + " ", "13812345678"), false, errors);
            assertThat(errors).as(spaced).isEmpty();
            assertThat(checked.licenceNumber()).isEqualTo(licence);
        }
        var fullWidth = "１３７０１２０１５１０１２３４５６";
        var errors = new ArrayList<FieldError>();
        assertThat(PanelRules.check(lawyer(fullWidth, "13812345678"), false, errors).licenceNumber())
                .isEqualTo("13701201510123456");
        assertThat(errors).isEmpty();
    }

    @Test
    void licenceNumbersOfAnyOtherLengthOrWithOtherCharactersAreRefused() {
        for (int i = 0; i < 500; i++) {
            int length = 1 + RANDOM.nextInt(30);
            if (length == 17) {
                length = 18;
            }
            assertThat(fieldsInError(lawyer(digits(length), "13812345678"), false)).as("length " + length)
                    .containsExactly("licenceNumber");
            var withLetter = new StringBuilder(digits(17));
            withLetter.setCharAt(RANDOM.nextInt(17), (char) ('A' + RANDOM.nextInt(26)));
            assertThat(fieldsInError(lawyer(withLetter.toString(), "13812345678"), false)).as(withLetter.toString())
                    .containsExactly("licenceNumber");
        }
    }

    @Test
    void aLawyerNeedsALicenceNumberAndAMediatorMayGoWithout() {
        assertThat(fieldsInError(lawyer("", "13812345678"), false)).containsExactly("licenceNumber");
        var mediator = new PanelMemberDraft(null, PanelKind.MEDIATOR, "李调解", "河口区商会人民调解委员会", 7L, null,
                Set.of(Speciality.UNPAID_DEBTS), "13812345678", true);
        assertThat(fieldsInError(mediator, false)).isEmpty();
    }

    @Test
    void mobilesMustBeElevenDigitsFrom13To19AndAreRequiredUnlessKept() {
        for (int i = 0; i < 300; i++) {
            var valid = "1" + (3 + RANDOM.nextInt(7)) + digits(9);
            assertThat(fieldsInError(lawyer(digits(17), valid), false)).as(valid).isEmpty();
            var wrongStart = "1" + RANDOM.nextInt(3) + digits(9);
            assertThat(fieldsInError(lawyer(digits(17), wrongStart), false)).as(wrongStart).containsExactly("mobile");
            var wrongLength = "13" + digits(RANDOM.nextBoolean() ? 8 : 10);
            assertThat(fieldsInError(lawyer(digits(17), wrongLength), false)).as(wrongLength).containsExactly("mobile");
        }
        assertThat(fieldsInError(lawyer(digits(17), " "), false)).containsExactly("mobile");
        assertThat(fieldsInError(lawyer(digits(17), " "), true)).isEmpty();
        assertThat(PanelRules.maskMobile("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        var empty = new PanelMemberDraft(null, null, " ", "", null, null, Set.of(), null, null);
        assertThat(fieldsInError(empty, false))
                .containsExactlyInAnyOrder("kind", "name", "organisation", "specialities", "mobile");
        var lawyerInChamber = new PanelMemberDraft(null, PanelKind.LAWYER, "王律师", "律所", 3L, digits(17),
                Set.of(Speciality.OTHER), "13812345678", true);
        assertThat(fieldsInError(lawyerInChamber, false)).containsExactly("chamberId");
        var tooLong = new PanelMemberDraft(null, PanelKind.LAWYER, "名".repeat(51), "所".repeat(101), null, digits(17),
                Set.of(Speciality.OTHER), "13812345678", true);
        assertThat(fieldsInError(tooLong, false)).containsExactly("name", "organisation");
    }
}
