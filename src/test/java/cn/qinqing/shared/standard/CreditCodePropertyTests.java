package cn.qinqing.shared.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the check character over many random codes (fixed seed, so failures repeat). */
class CreditCodePropertyTests {

    private static final String ALPHABET = CreditCode.ALPHABET;

    @Test
    void generatedCodesValidateAndEverySingleCharacterChangeIsRejected() {
        var random = new Random(20150901L);
        int rejected = 0;
        var accepted = new java.util.ArrayList<String>();
        for (int n = 0; n < 1000; n++) {
            var prefix = new StringBuilder();
            for (int i = 0; i < 17; i++) {
                prefix.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            var code = CreditCode.fromPrefix(prefix.toString()).value();
            assertThat(CreditCode.isValid(code)).as(code).isTrue();
            for (int position = 0; position < 18; position++) {
                for (int k = 0; k < ALPHABET.length(); k++) {
                    char replacement = ALPHABET.charAt(k);
                    if (replacement == code.charAt(position)) {
                        continue;
                    }
                    var changed = code.substring(0, position) + replacement + code.substring(position + 1);
                    if (CreditCode.isValid(changed)) {
                        accepted.add(changed);
                    } else {
                        rejected++;
                    }
                }
            }
        }
        assertThat(accepted).isEmpty();
        assertThat(rejected).isEqualTo(1000 * 18 * 30);
    }

    @Test
    void swappingTwoDifferentAdjacentCharactersIsRejected() {
        var random = new Random(32100L);
        for (int n = 0; n < 1000; n++) {
            var prefix = new StringBuilder();
            for (int i = 0; i < 17; i++) {
                prefix.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            var code = CreditCode.fromPrefix(prefix.toString()).value().toCharArray();
            int i = random.nextInt(17);
            if (code[i] == code[i + 1]) {
                continue;
            }
            var swapped = code.clone();
            swapped[i] = code[i + 1];
            swapped[i + 1] = code[i];
            assertThat(CreditCode.isValid(new String(swapped))).as(new String(swapped)).isFalse();
        }
    }
}
