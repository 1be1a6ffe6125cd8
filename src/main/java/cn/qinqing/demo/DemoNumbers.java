package cn.qinqing.demo;

import cn.qinqing.shared.standard.CreditCode;
import cn.qinqing.shared.standard.IdNumber;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Check-valid but recognisably made-up numbers for demo data, by fixed rules:
 * <ul>
 * <li>credit codes: authority and kind ({@code 91} enterprise, {@code 92} individual business, {@code 93}
 *     cooperative, {@code 51} social group), the region, then an organisation code {@code QQ} and a 7-digit
 *     serial (QQ for Qinqing; issued codes use digits or start with {@code MA}), check character by GB 32100;</li>
 * <li>ID numbers: the region, a birth date, a sequence number from 990-999 (the demo's own range), check
 *     character by ISO 7064 MOD 11-2;</li>
 * <li>mobiles: 1700000 + a 4-digit serial, from the 170 virtual-operator segment.</li>
 * </ul>
 */
public final class DemoNumbers {

    private final Random random;
    private final Set<String> idNumbers = new HashSet<>();
    private int organisationSerial;
    private int mobileSerial;

    public DemoNumbers(Random random) {
        this.random = random;
    }

    /** A credit code such as 91370503QQ0000001 + check character. */
    public String creditCode(String kindCode, String region) {
        return CreditCode.fromPrefix(kindCode + region + "QQ" + "%07d".formatted(++organisationSerial)).value();
    }

    /** An ID number of the region for someone born between the two years, unused so far. */
    public String idNumber(String region, int bornFrom, int bornTo) {
        while (true) {
            var start = LocalDate.of(bornFrom, 1, 1);
            var days = LocalDate.of(bornTo, 12, 31).toEpochDay() - start.toEpochDay();
            var birth = start.plusDays(random.nextLong(days + 1));
            var first17 = region + "%04d%02d%02d".formatted(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                    + (990 + random.nextInt(10));
            var number = first17 + IdNumber.checkCharacter(first17);
            if (idNumbers.add(number)) {
                return number;
            }
        }
    }

    /** The next demo mobile number, 17000000001 and on. */
    public String mobile() {
        return "1700000" + "%04d".formatted(++mobileSerial);
    }
}
