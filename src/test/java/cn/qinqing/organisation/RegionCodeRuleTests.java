package cn.qinqing.organisation;

import static cn.qinqing.organisation.FederationLevel.CITY;
import static cn.qinqing.organisation.FederationLevel.DISTRICT;
import static cn.qinqing.organisation.FederationLevel.NATIONAL;
import static cn.qinqing.organisation.FederationLevel.PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The GB/T 2260 region code rule of federations, as plain rules and over generated codes. */
class RegionCodeRuleTests {

    private static final Random RANDOM = new Random(20260);
    private static final java.util.List<String> PROVINCES = new ArrayList<>(RegionCodeRule.PROVINCES);

    @Test
    void realCodesOfShandongDongyingAndHekouFitTheirLevels() {
        assertThat(RegionCodeRule.violation(PROVINCE, "370000")).isEmpty();
        assertThat(RegionCodeRule.violation(CITY, "370500")).isEmpty();
        assertThat(RegionCodeRule.violation(DISTRICT, "370503")).isEmpty();
        assertThat(RegionCodeRule.violation(DISTRICT, "370503", CITY, "370500")).isEmpty();
        assertThat(RegionCodeRule.violation(CITY, "370500", PROVINCE, "370000")).isEmpty();
    }

    @Test
    void aCodeOfTheWrongShapeForItsLevelIsRefusedWithTheLevelsRule() {
        assertThat(RegionCodeRule.violation(PROVINCE, "370500")).contains("federation.region-code.province");
        assertThat(RegionCodeRule.violation(CITY, "370000")).contains("federation.region-code.city");
        assertThat(RegionCodeRule.violation(CITY, "370503")).contains("federation.region-code.city");
        assertThat(RegionCodeRule.violation(DISTRICT, "370500")).contains("federation.region-code.district");
        assertThat(RegionCodeRule.violation(DISTRICT, "370000")).contains("federation.region-code.district");
    }

    @Test
    void aCodeThatIsNotSixDigitsOrNamesNoProvinceIsRefused() {
        assertThat(RegionCodeRule.violation(DISTRICT, null)).contains("federation.region-code.required");
        assertThat(RegionCodeRule.violation(DISTRICT, " ")).contains("federation.region-code.required");
        for (var bad : new String[] {"37050", "3705031", "37O503", "３７０５０３", "37-503", "+70503"}) {
            assertThat(RegionCodeRule.violation(DISTRICT, bad)).as(bad).contains("federation.region-code.format");
        }
        assertThat(RegionCodeRule.violation(DISTRICT, "380503")).contains("federation.region-code.province-unknown");
        assertThat(RegionCodeRule.violation(PROVINCE, "000000")).contains("federation.region-code.province-unknown");
    }

    @Test
    void aCodeOutsideTheParentsRegionIsRefused() {
        assertThat(RegionCodeRule.violation(DISTRICT, "370602", CITY, "370500"))
                .contains("federation.region-code.outside-parent");
        assertThat(RegionCodeRule.violation(CITY, "410100", PROVINCE, "370000"))
                .contains("federation.region-code.outside-parent");
        assertThat(RegionCodeRule.violation(DISTRICT, "370503", PROVINCE, "370000")).isEmpty();
        assertThat(RegionCodeRule.violation(PROVINCE, "110000", NATIONAL, "100000")).isEmpty();
    }

    @Test
    void aSubordinateStandsBelowItsParentAndADistrictHasNone() {
        assertThat(RegionCodeRule.levelViolation(DISTRICT, CITY)).isEmpty();
        assertThat(RegionCodeRule.levelViolation(DISTRICT, PROVINCE)).isEmpty();
        assertThat(RegionCodeRule.levelViolation(CITY, CITY)).contains("federation.level.not-below-parent");
        assertThat(RegionCodeRule.levelViolation(PROVINCE, CITY)).contains("federation.level.not-below-parent");
        assertThat(RegionCodeRule.levelViolation(DISTRICT, DISTRICT)).contains("federation.level.no-subordinate");
        assertThat(RegionCodeRule.levelViolation(null, CITY)).contains("federation.level.required");
    }

    @Test
    void everyGeneratedCodeFitsExactlyTheLevelItsEndingNames() {
        for (int i = 0; i < 5_000; i++) {
            var code = PROVINCES.get(RANDOM.nextInt(PROVINCES.size())) + String.format("%04d", RANDOM.nextInt(10_000));
            var expected = code.endsWith("0000") ? PROVINCE : code.endsWith("00") ? CITY : DISTRICT;
            for (var level : new FederationLevel[] {PROVINCE, CITY, DISTRICT}) {
                assertThat(RegionCodeRule.violation(level, code).isEmpty()).as(level + " " + code)
                        .isEqualTo(level == expected);
            }
        }
    }

    @Test
    void everyGeneratedDistrictLiesInsideItsOwnCityAndProvinceButNoOtherCity() {
        for (int i = 0; i < 2_000; i++) {
            var province = PROVINCES.get(RANDOM.nextInt(PROVINCES.size()));
            var city = province + String.format("%02d", 1 + RANDOM.nextInt(99)) + "00";
            var district = city.substring(0, 4) + String.format("%02d", 1 + RANDOM.nextInt(99));
            var otherCity = province + String.format("%02d", (Integer.parseInt(city.substring(2, 4)) % 99) + 1) + "00";
            assertThat(RegionCodeRule.violation(DISTRICT, district, CITY, city)).as(district).isEmpty();
            assertThat(RegionCodeRule.violation(DISTRICT, district, PROVINCE, province + "0000")).as(district).isEmpty();
            assertThat(RegionCodeRule.violation(DISTRICT, district, CITY, otherCity)).as(district + " in " + otherCity)
                    .contains("federation.region-code.outside-parent");
        }
    }
}
