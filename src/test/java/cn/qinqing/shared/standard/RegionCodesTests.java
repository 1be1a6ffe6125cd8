package cn.qinqing.shared.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionCodesTests {

    @Test
    void aProvinceContainsItsCitiesAndDistricts() {
        assertThat(RegionCodes.contains("370000", "370503")).isTrue();
        assertThat(RegionCodes.contains("370000", "370500")).isTrue();
        assertThat(RegionCodes.contains("370000", "110105")).isFalse();
    }

    @Test
    void aCityContainsOnlyItsOwnDistricts() {
        assertThat(RegionCodes.contains("370500", "370503")).isTrue();
        assertThat(RegionCodes.contains("370500", "370602")).isFalse();
    }

    @Test
    void aDistrictContainsOnlyItself() {
        assertThat(RegionCodes.contains("370503", "370503")).isTrue();
        assertThat(RegionCodes.contains("370503", "370502")).isFalse();
    }

    @Test
    void malformedRegionsContainNothing() {
        assertThat(RegionCodes.contains(null, "370503")).isFalse();
        assertThat(RegionCodes.contains("3705", "370503")).isFalse();
        assertThat(RegionCodes.contains("370500", null)).isFalse();
    }
}
