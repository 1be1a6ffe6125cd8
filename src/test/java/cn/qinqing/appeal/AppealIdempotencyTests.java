package cn.qinqing.appeal;

import static cn.qinqing.appeal.AppealFixture.caseBody;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.organisation.Federations;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Retrying a submission with the same Idempotency-Key never files a second case. */
@IntegrationTest
class AppealIdempotencyTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Federations federations;

    AppealFixture fx;

    @BeforeEach
    void setUp() {
        fx = new AppealFixture(accounts, jdbc, federations);
    }

    static Api.Response submit(Api api, String key, String title) {
        return api.send(HttpRequest.newBuilder(api.uri("/api/v1/appeals"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(Api.json(caseBody("COMPLAINT", "ARREARS", title)))));
    }

    long cases(long memberId) {
        return jdbc.sql("select count(*) from appeal where member_id = ?").param(memberId).query(Long.class).single();
    }

    @Test
    void theSameKeyTwiceAnswersTheFirstCaseAndFilesOne() {
        var memberId = fx.member("重试企业");
        var member = fx.memberAccount(memberId);
        var key = UUID.randomUUID().toString();

        var first = submit(member, key, "第一次提交");
        var again = submit(member, key, "网络重试");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(cases(memberId)).isEqualTo(1);
        assertThat(member.get("/api/v1/appeals/" + first.json().get("id").asLong()).json().get("title").asString())
                .isEqualTo("第一次提交");
    }

    @Test
    void concurrentRetriesWithOneKeyFileOneCase() throws Exception {
        var memberId = fx.member("并发企业");
        var member = fx.memberAccount(memberId);
        var key = UUID.randomUUID().toString();
        var tasks = new ArrayList<Callable<Api.Response>>();
        for (int i = 0; i < 6; i++) {
            tasks.add(() -> submit(member, key, "并发提交"));
        }

        var ids = new ArrayList<Long>();
        var pool = Executors.newFixedThreadPool(6);
        try {
            for (var future : pool.invokeAll(tasks)) {
                var response = future.get();
                assertThat(response.status()).as(response.body()).isIn(200, 201);
                ids.add(response.json().get("id").asLong());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(ids).containsOnly(ids.get(0));
        assertThat(cases(memberId)).isEqualTo(1);
    }

    @Test
    void differentKeysOrNoKeyFileSeparateCasesAndAKeyIsPerAccount() {
        var memberId = fx.member("多次企业");
        var member = fx.memberAccount(memberId);
        var colleague = fx.memberAccount(memberId);
        var key = UUID.randomUUID().toString();

        var mine = submit(member, key, "一");
        var theirs = submit(colleague, key, "二");
        submit(member, UUID.randomUUID().toString(), "三");
        member.post("/api/v1/appeals", Api.json(caseBody("COMPLAINT", "ARREARS", "四")));

        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.json().get("id")).isNotEqualTo(mine.json().get("id"));
        assertThat(cases(memberId)).isEqualTo(4);
    }

    @Test
    void aKeyLongerThanAHundredCharactersIsRefused() {
        var member = fx.memberAccount(fx.member("长键企业"));
        var response = submit(member, "k".repeat(101), "长键");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("Idempotency-Key 不超过100个字符");
    }
}
