package cn.qinqing.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGIT = "23456789";
    private static final String OTHER = "#$%&*+-=?@^_~!";

    @Test
    void aPasswordOfEightCharactersFromThreeClassesIsAccepted() {
        assertThat(PasswordPolicy.violation("zhangsan", "Hekou#2026")).isEmpty();
        assertThat(PasswordPolicy.violation("zhangsan", "hekou#2026")).isEmpty();
        assertThat(PasswordPolicy.violation(null, "Xy7#abcd")).isEmpty();
    }

    @Test
    void fewerThanEightCharactersIsTooShort() {
        assertThat(PasswordPolicy.violation("zhangsan", "Xy7#abc")).contains("password.too-short");
        assertThat(PasswordPolicy.violation("zhangsan", "")).contains("password.too-short");
        assertThat(PasswordPolicy.violation("zhangsan", null)).contains("password.too-short");
    }

    @Test
    void moreThanSixtyFourCharactersIsTooLong() {
        var sixtyFour = "Aa1#" + "x".repeat(60);
        assertThat(PasswordPolicy.violation("zhangsan", sixtyFour)).isEmpty();
        assertThat(PasswordPolicy.violation("zhangsan", sixtyFour + "y")).contains("password.too-long");
    }

    @Test
    void twoCharacterClassesAreTooSimpleWhateverTheLength() {
        assertThat(PasswordPolicy.violation("zhangsan", "abcdefghijklmnop")).contains("password.too-simple");
        assertThat(PasswordPolicy.violation("zhangsan", "abcdefgh12345678")).contains("password.too-simple");
        assertThat(PasswordPolicy.violation("zhangsan", "ABCDEFGH#$%&*+-=")).contains("password.too-simple");
        assertThat(PasswordPolicy.violation("zhangsan", "1234567890#$")).contains("password.too-simple");
    }

    @Test
    void thePasswordMayNotContainTheUsernameInAnyCase() {
        assertThat(PasswordPolicy.violation("zhangsan", "ZhangSan#2026")).contains("password.contains-username");
        assertThat(PasswordPolicy.violation("ZhangSan", "x1#zhangsanX")).contains("password.contains-username");
        assertThat(PasswordPolicy.violation("zhangsan", "Zhang#San2026")).isEmpty();
    }

    @Test
    void commonPasswordsAreRefusedEvenWhenTheyMeetTheClassRule() {
        for (var common : new String[] {"P@ssw0rd", "Aa123456", "Passw0rd!", "Admin@123", "1qaz@WSX", "Woaini1314",
                "Password1", "Qq123456", "Abc123456", "Qwer1234"}) {
            assertThat(PasswordPolicy.classes(common)).as(common).isGreaterThanOrEqualTo(3);
            assertThat(PasswordPolicy.violation("zhangsan", common)).as(common).contains("password.too-common");
        }
    }

    @Test
    void theCommonListComparesWholePasswordsCaseInsensitively() {
        // "woaini1314" is listed in lower case: any spelling of it is refused, a longer password is not.
        assertThat(PasswordPolicy.violation("zhangsan", "wOAINI1314")).contains("password.too-common");
        assertThat(PasswordPolicy.violation("zhangsan", "WoAiNi1314")).contains("password.too-common");
        assertThat(PasswordPolicy.violation("zhangsan", "Woaini1314!")).isEmpty();
        assertThat(PasswordPolicy.violation("zhangsan", "Woaini1314!")).isEmpty();
    }

    @Test
    void everyListedPasswordIsRefusedAndTheListHoldsAtLeastTheTopThousand() throws Exception {
        try (var in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            var entries = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            assertThat(entries).hasSizeGreaterThanOrEqualTo(1000);
            assertThat(entries.subList(0, 3)).containsExactly("123456", "password", "12345678");
            assertThat(entries).contains("freepass", "woaini1314", "5201314", "P@ssw0rd", "1qaz2wsx", "Aa123456");
            for (var entry : entries) {
                assertThat(PasswordPolicy.violation("zhangsan", entry)).as(entry).isPresent();
            }
        }
    }

    @Test
    void randomPasswordsFromThreeOrMoreClassesAreAcceptedAndFromFewerRefused() {
        var random = new Random(20260501L);
        var classes = new String[] {UPPER, LOWER, DIGIT, OTHER};
        for (int round = 0; round < 2000; round++) {
            var used = 1 + random.nextInt(4);
            var length = PasswordPolicy.MIN_LENGTH + random.nextInt(PasswordPolicy.MAX_LENGTH - PasswordPolicy.MIN_LENGTH + 1);
            var start = random.nextInt(4);
            var sb = new StringBuilder();
            for (int i = 0; i < length; i++) {
                // The first characters cover every chosen class once, the rest are drawn among them.
                var set = classes[(start + (i < used ? i : random.nextInt(used))) % 4];
                sb.append(set.charAt(random.nextInt(set.length())));
            }
            var password = sb.toString();
            var violation = PasswordPolicy.violation("qinqing-user", password);
            if (used >= 3) {
                assertThat(violation).as(password).isEmpty();
            } else {
                assertThat(violation).as(password).contains("password.too-simple");
            }
        }
    }
}
