package cn.qinqing.member;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.standard.CreditCode;
import cn.qinqing.shared.standard.IdNumber;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The member rules as vectors, and property-style loops over generated codes with a fixed seed. */
class MemberRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final String HEKOU = "370503";

    static MemberDraft organisation(MemberType type, String code, OrganisationKind kind) {
        return new MemberDraft(type, "黄河三角洲酒业有限公司", code, "李明", null, "13805461234", Industry.C, kind,
                EnterpriseSize.MEDIUM, true, "河口区河口街道", "王芳", null, null, null, null);
    }

    static MemberDraft person(String idNumber) {
        return new MemberDraft(MemberType.INDIVIDUAL, "刘洋", null, null, idNumber, "139 0546 1234", null, null, null,
                false, null, null, "通海集团", "副总经理", PoliticalAffiliation.NON_PARTY, null);
    }

    static List<String> keys(MemberRules.Outcome outcome) {
        return outcome.errors().stream().map(e -> e.field() + ":" + e.messageKey()).toList();
    }

    @Test
    void anEnterpriseCodeWithoutAStatedKindIsAPrivateEnterpriseRegisteredLocally() {
        var code = CreditCode.fromPrefix("91370503MA3C00001").value();
        var outcome = MemberRules.check(organisation(MemberType.ENTERPRISE, code.toLowerCase(), null), HEKOU, TODAY, false);

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.member().creditCode()).isEqualTo(code);
        assertThat(outcome.member().kind()).isEqualTo(OrganisationKind.PRIVATE_ENTERPRISE);
        assertThat(outcome.member().local()).isTrue();
        assertThat(outcome.member().highTech()).isTrue();
    }

    @Test
    void theKindFollowsPositionsOneAndTwoOfTheCode() {
        var individualBusiness = CreditCode.fromPrefix("92370503MA3C00002").value();
        var cooperative = CreditCode.fromPrefix("93370503MA3C00003").value();
        var chamber = CreditCode.fromPrefix("51370503MJ0000004").value();

        assertThat(MemberRules.check(organisation(MemberType.ENTERPRISE, individualBusiness, null), HEKOU, TODAY, false)
                .member().kind()).isEqualTo(OrganisationKind.INDIVIDUAL_BUSINESS);
        assertThat(MemberRules.check(organisation(MemberType.ENTERPRISE, cooperative, null), HEKOU, TODAY, false)
                .member().kind()).isEqualTo(OrganisationKind.COOPERATIVE);
        assertThat(MemberRules.check(organisation(MemberType.GROUP, chamber, null), HEKOU, TODAY, false)
                .member().kind()).isEqualTo(OrganisationKind.OTHER);
    }

    @Test
    void aCodeRegisteredInAnotherDistrictIsOutOfTown() {
        var dongying = CreditCode.fromPrefix("91370502MA3C00005").value();
        var jinan = CreditCode.fromPrefix("91370102MA3C00006").value();

        assertThat(MemberRules.check(organisation(MemberType.ENTERPRISE, dongying, null), HEKOU, TODAY, false)
                .member().local()).isFalse();
        assertThat(MemberRules.check(organisation(MemberType.ENTERPRISE, jinan, null), HEKOU, TODAY, false)
                .member().local()).isFalse();
        assertThat(MemberRules.check(organisation(MemberType.ENTERPRISE, dongying, null), "370500", TODAY, false)
                .member().local()).as("a city federation counts its districts as local").isTrue();
    }

    @Test
    void aStatedKindThatContradictsTheCodeNamesTheCodesKind() {
        var enterprise = CreditCode.fromPrefix("91370503MA3C00007").value();
        var individualBusiness = CreditCode.fromPrefix("92370503MA3C00008").value();

        var asIndividualBusiness = MemberRules.check(
                organisation(MemberType.ENTERPRISE, enterprise, OrganisationKind.INDIVIDUAL_BUSINESS), HEKOU, TODAY, false);
        var asPrivate = MemberRules.check(
                organisation(MemberType.ENTERPRISE, individualBusiness, OrganisationKind.PRIVATE_ENTERPRISE), HEKOU, TODAY, false);
        var hmt = MemberRules.check(
                organisation(MemberType.ENTERPRISE, enterprise, OrganisationKind.HMT_INVESTED), HEKOU, TODAY, false);

        assertThat(keys(asIndividualBusiness)).containsExactly("kind:member.kind.contradicts-code.INDIVIDUAL_BUSINESS");
        assertThat(asIndividualBusiness.errors().get(0).args()).containsExactly("91");
        assertThat(keys(asPrivate)).containsExactly("kind:member.kind.contradicts-code.PRIVATE_ENTERPRISE");
        assertThat(asPrivate.errors().get(0).args()).containsExactly("92");
        assertThat(hmt.valid()).isTrue();
    }

    @Test
    void badCreditCodesSayWhatIsWrong() {
        var valid = CreditCode.fromPrefix("91370503MA3C00009").value();
        var wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');

        var check = MemberRules.check(organisation(MemberType.ENTERPRISE, wrongCheck, null), HEKOU, TODAY, false);
        assertThat(keys(check)).containsExactly("creditCode:member.credit-code.check");
        assertThat(check.errors().get(0).args()).containsExactly(String.valueOf(valid.charAt(17)));
        assertThat(keys(MemberRules.check(organisation(MemberType.ENTERPRISE, "", null), HEKOU, TODAY, false)))
                .containsExactly("creditCode:member.credit-code.required");
        assertThat(keys(MemberRules.check(organisation(MemberType.GROUP, valid.substring(0, 17), null), HEKOU, TODAY, false)))
                .containsExactly("creditCode:member.credit-code.length");
        assertThat(keys(MemberRules.check(organisation(MemberType.ENTERPRISE, "91370503MA3C0000IX", null), HEKOU, TODAY, false)))
                .containsExactly("creditCode:member.credit-code.character");
    }

    @Test
    void anIndividualsBirthDateSexAndOriginComeFromTheIdNumber() {
        var first17 = "37050319850214003";
        var id = first17 + IdNumber.checkCharacter(first17);

        var outcome = MemberRules.check(person(id), HEKOU, TODAY, false);

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.member().birthDate()).isEqualTo(LocalDate.of(1985, 2, 14));
        assertThat(outcome.member().male()).isTrue();
        assertThat(outcome.member().local()).isTrue();
        assertThat(outcome.member().mobile()).isEqualTo("13905461234");
        assertThat(outcome.member().creditCode()).isNull();
        assertThat(outcome.member().size()).isNull();
    }

    @Test
    void idNumbersThatAreOldShortWrongOrInTheFutureAreRefused() {
        var future = "37050320300101002";
        var badDate = "37050319990230002";
        var valid = "37050319900101002" + IdNumber.checkCharacter("37050319900101002");
        var wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');

        assertThat(keys(MemberRules.check(person("370503850214003"), HEKOU, TODAY, false)))
                .containsExactly("idNumber:member.id-number.FIFTEEN_DIGITS");
        assertThat(keys(MemberRules.check(person(future + IdNumber.checkCharacter(future)), HEKOU, TODAY, false)))
                .containsExactly("idNumber:member.id-number.FUTURE_BIRTH_DATE");
        assertThat(keys(MemberRules.check(person(badDate + IdNumber.checkCharacter(badDate)), HEKOU, TODAY, false)))
                .containsExactly("idNumber:member.id-number.BIRTH_DATE");
        assertThat(keys(MemberRules.check(person(wrongCheck), HEKOU, TODAY, false)))
                .containsExactly("idNumber:member.id-number.CHECK_CHARACTER");
        assertThat(keys(MemberRules.check(person(""), HEKOU, TODAY, false)))
                .containsExactly("idNumber:member.id-number.EMPTY");
    }

    @Test
    void mobilesJoinDatesNamesAndTypeAreChecked() {
        var code = CreditCode.fromPrefix("91370503MA3C00010").value();
        var base = organisation(MemberType.ENTERPRISE, code, null);
        var badMobile = new MemberDraft(base.type(), base.name(), code, null, null, "12805461234", null, null, null,
                false, null, null, null, null, null, TODAY.plusDays(1));
        var noName = new MemberDraft(base.type(), "  ", code, "x".repeat(51), null, null, null, null, null, false, null,
                null, null, null, null, null);
        var noType = new MemberDraft(null, "某公司", code, null, null, null, null, null, null, false, null, null, null,
                null, null, null);

        assertThat(keys(MemberRules.check(badMobile, HEKOU, TODAY, false)))
                .containsExactlyInAnyOrder("mobile:member.mobile.invalid", "joinedOn:member.joined-on.future");
        assertThat(keys(MemberRules.check(noName, HEKOU, TODAY, false)))
                .containsExactlyInAnyOrder("name:member.name.required", "legalRepresentative:member.too-long");
        assertThat(keys(MemberRules.check(base, HEKOU, TODAY, true)))
                .containsExactly("joinedOn:member.joined-on.required");
        assertThat(keys(MemberRules.check(noType, HEKOU, TODAY, false))).containsExactly("type:member.type.required");
    }

    @Test
    void everyGeneratedValidCodeIsAcceptedWithAKindThatFitsIt() {
        var random = new Random(20260601L);
        String[] prefixes = {"91", "92", "93", "51", "52", "12"};
        for (int i = 0; i < 2000; i++) {
            var code = CreditCode.fromPrefix(prefixes[random.nextInt(prefixes.length)] + "370503" + randomChars(random, 9)).value();
            var outcome = MemberRules.check(organisation(MemberType.ENTERPRISE, code, null), HEKOU, TODAY, false);
            assertThat(outcome.valid()).as(code).isTrue();
            assertThat(outcome.member().kind().fits(CreditCode.parse(code).kind())).as(code).isTrue();
        }
    }

    @Test
    void everySingleCharacterChangeOfAValidCodeIsRefusedOnTheCreditCode() {
        var random = new Random(42L);
        for (int i = 0; i < 2000; i++) {
            var code = CreditCode.fromPrefix("91370503" + randomChars(random, 9)).value();
            int position = random.nextInt(18);
            char replacement;
            do {
                replacement = CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length()));
            } while (replacement == code.charAt(position));
            var changed = code.substring(0, position) + replacement + code.substring(position + 1);
            var outcome = MemberRules.check(organisation(MemberType.ENTERPRISE, changed, null), HEKOU, TODAY, false);
            assertThat(outcome.errors()).as(changed).extracting(FieldError::field).contains("creditCode");
        }
    }

    @Test
    void everyGeneratedValidIdNumberYieldsItsBirthDateAndSex() {
        var random = new Random(7L);
        for (int i = 0; i < 2000; i++) {
            var birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(80 * 365));
            int sequence = random.nextInt(1000);
            var first17 = "370503" + birth.toString().replace("-", "") + "%03d".formatted(sequence);
            var outcome = MemberRules.check(person(first17 + IdNumber.checkCharacter(first17)), HEKOU, TODAY, false);
            assertThat(outcome.valid()).as(first17).isTrue();
            assertThat(outcome.member().birthDate()).isEqualTo(birth);
            assertThat(outcome.member().male()).isEqualTo(sequence % 2 == 1);
        }
    }

    private static String randomChars(Random random, int count) {
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
        }
        return sb.toString();
    }
}
