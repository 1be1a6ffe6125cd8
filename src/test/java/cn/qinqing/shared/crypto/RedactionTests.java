package cn.qinqing.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTests {

    @Test
    void masksResidentIdNumbersKeepingRegionAndLastFour() {
        assertThat(Redaction.redact("身份证 37050319800101123X 已登记"))
                .isEqualTo("身份证 370503********123X 已登记");
    }

    @Test
    void masksMobilesKeepingFirstThreeAndLastFour() {
        assertThat(Redaction.redact("tel:13812345678.")).isEqualTo("tel:138****5678.");
    }

    @Test
    void leavesOtherNumbersAndCreditCodesAlone() {
        assertThat(Redaction.redact("91370503MA3C4XYZ12 order 12345")).isEqualTo("91370503MA3C4XYZ12 order 12345");
        assertThat(Redaction.redact(null)).isNull();
    }
}
