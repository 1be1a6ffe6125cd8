package cn.qinqing.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;

class Pbkdf2Sm3PasswordEncoderTests {

    private final Pbkdf2Sm3PasswordEncoder sm3 = new Pbkdf2Sm3PasswordEncoder(1000);
    private final DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(Pbkdf2Sm3PasswordEncoder.ID,
            Map.of(Pbkdf2Sm3PasswordEncoder.ID, sm3));

    @Test
    void anEncodedPasswordMatchesItself() {
        var hash = encoder.encode("Hekou#2026");
        assertThat(encoder.matches("Hekou#2026", hash)).isTrue();
        assertThat(encoder.matches("工商联#Hekou2026", encoder.encode("工商联#Hekou2026"))).isTrue();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        var first = encoder.encode("Hekou#2026");
        var second = encoder.encode("Hekou#2026");
        assertThat(first).isNotEqualTo(second);
        assertThat(encoder.matches("Hekou#2026", first)).isTrue();
        assertThat(encoder.matches("Hekou#2026", second)).isTrue();
    }

    @Test
    void theStoredFormNamesTheAlgorithmAndCarriesRoundsSaltAndHash() {
        var hash = encoder.encode("Hekou#2026");
        assertThat(hash).startsWith("{pbkdf2-sm3}");
        var parts = hash.substring("{pbkdf2-sm3}".length()).split("\\$");
        assertThat(parts).hasSize(3);
        assertThat(parts[0]).isEqualTo("1000");
        assertThat(Base64.getDecoder().decode(parts[1])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(32);
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        var hash = encoder.encode("Hekou#2026");
        assertThat(encoder.matches("hekou#2026", hash)).isFalse();
        assertThat(encoder.matches("Hekou#2027", hash)).isFalse();
        assertThat(encoder.matches("", hash)).isFalse();
    }

    @Test
    void aTamperedHashSaltOrRoundCountDoesNotMatch() {
        var hash = encoder.encode("Hekou#2026");
        var body = hash.substring("{pbkdf2-sm3}".length());
        var parts = body.split("\\$");
        var hashBytes = Base64.getDecoder().decode(parts[2]);
        hashBytes[0] ^= 1;
        var tamperedHash = "{pbkdf2-sm3}" + parts[0] + "$" + parts[1] + "$" + Base64.getEncoder().encodeToString(hashBytes);
        var saltBytes = Base64.getDecoder().decode(parts[1]);
        saltBytes[5] ^= 1;
        var tamperedSalt = "{pbkdf2-sm3}" + parts[0] + "$" + Base64.getEncoder().encodeToString(saltBytes) + "$" + parts[2];
        var tamperedRounds = "{pbkdf2-sm3}999$" + parts[1] + "$" + parts[2];
        assertThat(encoder.matches("Hekou#2026", tamperedHash)).isFalse();
        assertThat(encoder.matches("Hekou#2026", tamperedSalt)).isFalse();
        assertThat(encoder.matches("Hekou#2026", tamperedRounds)).isFalse();
        assertThat(encoder.matches("Hekou#2026", "{pbkdf2-sm3}garbage")).isFalse();
        assertThat(encoder.matches("Hekou#2026", "{pbkdf2-sm3}1000$!!$!!")).isFalse();
    }

    @Test
    void hashesWithFewerRoundsThanConfiguredAskForAnUpgrade() {
        var weaker = new Pbkdf2Sm3PasswordEncoder(500).encode("Hekou#2026");
        assertThat(sm3.upgradeEncoding(weaker)).isTrue();
        assertThat(sm3.upgradeEncoding(sm3.encode("Hekou#2026"))).isFalse();
        assertThat(sm3.matches("Hekou#2026", weaker)).isTrue();
    }
}
