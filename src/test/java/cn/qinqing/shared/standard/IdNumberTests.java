package cn.qinqing.shared.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qinqing.shared.standard.IdNumber.Problem;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdNumberTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void computesTheCheckCharacterByIso7064Mod11_2() {
        // GB 11643-1999's own example: 11010519491231002X
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.validate("11010519491231002X", TODAY)).isEmpty();
        // 440524188001010014: another published example with a digit check character
        assertThat(IdNumber.validate("440524188001010014", TODAY)).isEmpty();
    }

    @Test
    void derivesBirthDateSexAndRegion() {
        var id = IdNumber.parse("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.male()).isFalse();
        assertThat(id.regionCode()).isEqualTo("110105");
        assertThat(IdNumber.parse("440524188001010014").male()).isTrue();
    }

    @Test
    void masksAllButRegionAndLastFour() {
        assertThat(IdNumber.parse("11010519491231002X").masked()).isEqualTo("110105********002X");
        assertThat(IdNumber.parse("11010519491231002X").toString()).doesNotContain("19491231");
    }

    @Test
    void acceptsFullWidthAndLowerCaseX() {
        assertThat(IdNumber.validate("１１０１０５１９４９１２３１００２ｘ", TODAY)).isEmpty();
        assertThat(IdNumber.validate(" 11010519491231002x ", TODAY)).isEmpty();
    }

    @Test
    void namesWhatIsWrong() {
        assertThat(IdNumber.validate("", TODAY)).contains(Problem.EMPTY);
        assertThat(IdNumber.validate("110105491231002", TODAY)).contains(Problem.FIFTEEN_DIGITS);
        assertThat(IdNumber.validate("1101051949123100", TODAY)).contains(Problem.LENGTH);
        assertThat(IdNumber.validate("11010519491231002Y", TODAY)).contains(Problem.CHARACTERS);
        assertThat(IdNumber.validate("110105194902300021", TODAY)).contains(Problem.BIRTH_DATE);
        assertThat(IdNumber.validate("11010519491231002" + "1", TODAY)).contains(Problem.CHECK_CHARACTER);
        var future = "11010520270101001";
        assertThat(IdNumber.validate(future + IdNumber.checkCharacter(future), TODAY)).contains(Problem.FUTURE_BIRTH_DATE);
        assertThatThrownBy(() -> IdNumber.parse("11010519491231002A")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyGeneratedNumberValidatesAndAnySingleDigitChangeIsCaught() {
        var random = new Random(20261126);
        for (int n = 0; n < 1_000; n++) {
            var birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(30_000));
            var first17 = "370503" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
            var valid = first17 + IdNumber.checkCharacter(first17);
            assertThat(IdNumber.validate(valid, TODAY)).as(valid).isEmpty();

            int position = 14 + random.nextInt(3); // a sequence digit: the date stays valid
            char original = valid.charAt(position);
            char changed = (char) ('0' + (original - '0' + 1 + random.nextInt(9)) % 10);
            var altered = valid.substring(0, position) + changed + valid.substring(position + 1);
            assertThat(IdNumber.validate(altered, TODAY)).as(altered).contains(Problem.CHECK_CHARACTER);
        }
    }
}
