package cn.qinqing.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain names the first record that was edited, deleted or cut off. Each tampering happens in
 * a transaction that is rolled back, so the shared trail stays intact for every other test.
 */
@IntegrationTest
class AuditChainTests {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anEditedRecordIsNamed() {
        var id = recordThree();
        tampered(jdbc -> jdbc.sql("update audit_record set detail = 'nothing happened' where id = ?").param(id).update(),
                verification -> {
                    assertThat(verification.intact()).isFalse();
                    assertThat(verification.firstBrokenId()).isEqualTo(id);
                });
        assertThat(verifier.verify().intact()).as("rolled back").isTrue();
    }

    @Test
    void anEditOfAnyFieldIsNamed() {
        var id = recordThree();
        tampered(jdbc -> jdbc.sql("update audit_record set username = 'someone-else' where id = ?").param(id).update(),
                verification -> assertThat(verification.firstBrokenId()).isEqualTo(id));
        tampered(jdbc -> jdbc.sql("update audit_record set result = 'SUCCESS', occurred_at = occurred_at - interval '1 day' where id = ?")
                .param(id).update(), verification -> assertThat(verification.firstBrokenId()).isEqualTo(id));
    }

    @Test
    void aDeletedRecordIsNamed() {
        var id = recordThree();
        tampered(jdbc -> jdbc.sql("delete from audit_record where id = ?").param(id).update(), verification -> {
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenId()).isEqualTo(id);
        });
    }

    @Test
    void aCutTailIsNamed() {
        var middle = recordThree();
        tampered(jdbc -> jdbc.sql("delete from audit_record where id > ?").param(middle).update(), verification -> {
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenId()).isEqualTo(middle + 1);
        });
    }

    @Test
    void theTrailRefusesUpdatesAndDeletesWhileTheTriggerIsOn() {
        var id = recordThree();
        var refused = 0;
        for (var sql : new String[] {"update audit_record set detail = 'x' where id = ?", "delete from audit_record where id = ?"}) {
            try {
                jdbc.sql(sql).param(id).update();
            } catch (RuntimeException e) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(2);
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void personalNumbersAndPasswordsInADetailAreMasked() {
        audit.recordFor("tester", null, "TEST_REDACTION", "TEST", "1", AuditResult.SUCCESS,
                "手机 13812345678 身份证 37050319900101123X 密码：Secret#2026x password=Other#2026y");
        var detail = jdbc.sql("select detail from audit_record where action = 'TEST_REDACTION' order by id desc limit 1")
                .query(String.class).single();
        assertThat(detail).contains("138****5678").contains("370503********123X")
                .doesNotContain("13812345678").doesNotContain("37050319900101123X")
                .doesNotContain("Secret#2026x").doesNotContain("Other#2026y");
    }

    @Test
    void noRecordHoldsAFullMobileNumberIdNumberOrAKnownPassword() {
        var mobile = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");
        var idNumber = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
        var texts = jdbc.sql("select concat_ws(' ', username, object_id, detail) from audit_record").query(String.class).list();
        assertThat(texts).isNotEmpty();
        for (var text : texts) {
            assertThat(mobile.matcher(text).find()).as(text).isFalse();
            assertThat(idNumber.matcher(text).find()).as(text).isFalse();
            assertThat(text).doesNotContain(TestAccounts.PASSWORD).doesNotContain(TestAccounts.BOOTSTRAP_PASSWORD);
        }
    }

    /** Appends three records and answers the id of the middle one. */
    private long recordThree() {
        for (int i = 0; i < 3; i++) {
            audit.recordFor("tester", "STAFF", "TEST_CHAIN", "TEST", i, AuditResult.SUCCESS, "record " + i);
        }
        return jdbc.sql("select max(id) - 1 from audit_record").query(Long.class).single();
    }

    private void tampered(Consumer<JdbcClient> change, Consumer<AuditVerifier.Verification> check) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            try {
                assertThat(verifier.verify().intact()).as("intact before tampering").isTrue();
                jdbc.sql("alter table audit_record disable trigger audit_record_no_update").update();
                change.accept(jdbc);
                jdbc.sql("alter table audit_record enable trigger audit_record_no_update").update();
                check.accept(verifier.verify());
            } finally {
                status.setRollbackOnly();
            }
        });
    }
}
