package cn.qinqing.member;

import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.standard.CreditCode;
import cn.qinqing.shared.standard.IdNumber;
import cn.qinqing.support.Api;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Valid, clearly fictional member data for tests, and chambers of their own so that each test
 * can narrow a search to its own members (tests share one database).
 */
public final class MemberTestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final Federations federations;

    public MemberTestData(JdbcClient jdbc, Federations federations) {
        this.jdbc = jdbc;
        this.federations = federations;
    }

    /** A short token that makes names unique across tests. */
    public static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
    }

    /** A valid credit code starting with these 8 characters (authority, kind, region). */
    public static String creditCode(String firstEight) {
        var random = ThreadLocalRandom.current();
        var prefix = new StringBuilder(firstEight);
        for (int i = 0; i < 9; i++) {
            prefix.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
        }
        return CreditCode.fromPrefix(prefix.toString()).value();
    }

    /** An enterprise (91) registered in Hekou (370503). */
    public static String enterpriseCode() {
        return creditCode("91370503");
    }

    /** A valid 18-character ID number of someone born in Hekou on the given day. */
    public static String idNumber(LocalDate birth, boolean male) {
        var random = ThreadLocalRandom.current();
        int sequence = random.nextInt(0, 500) * 2 + (male ? 1 : 0);
        var first17 = "370503" + birth.toString().replace("-", "") + "%03d".formatted(sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }

    public static String idNumber() {
        var random = ThreadLocalRandom.current();
        return idNumber(LocalDate.of(1960, 1, 1).plusDays(random.nextInt(40 * 365)), random.nextBoolean());
    }

    public static String mobile() {
        return "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A chamber of the home federation (河口区), inserted directly. */
    public long chamber(String name) {
        return jdbc.sql("""
                insert into chamber (federation_id, name, kind, credit_code) values (?, ?, 'INDUSTRY', ?) returning id""")
                .params(federations.home().id(), name, creditCode("51370503")).query(Long.class).single();
    }

    /** The JSON body of an enterprise application. */
    public static Map<String, Object> enterprise(String name, String code, Long... chambers) {
        var body = new HashMap<String, Object>();
        body.put("type", "ENTERPRISE");
        body.put("name", name);
        body.put("creditCode", code);
        body.put("legalRepresentative", "张建国");
        body.put("mobile", mobile());
        body.put("industry", "C");
        body.put("size", "SMALL");
        body.put("chamberIds", List.of(chambers));
        return body;
    }

    /** The JSON body of an individual's application. */
    public static Map<String, Object> individual(String name, String idNumber, String mobile, Long... chambers) {
        var body = new HashMap<String, Object>();
        body.put("type", "INDIVIDUAL");
        body.put("name", name);
        body.put("idNumber", idNumber);
        body.put("mobile", mobile);
        body.put("employer", "河口区某某商贸有限公司");
        body.put("position", "总经理");
        body.put("politicalAffiliation", "MASSES");
        body.put("chamberIds", List.of(chambers));
        return body;
    }

    /** Registers through the API as the given client; returns the new member's id. */
    public static long register(Api api, Map<String, Object> body) {
        var response = api.post("/api/v1/members", Api.json(body));
        if (response.status() != 201) {
            throw new IllegalStateException("register failed: " + response.status() + " " + response.body());
        }
        return response.json().get("id").asLong();
    }

    /** Registers and approves; returns the id of the now active member. */
    public static long active(Api api, Map<String, Object> body) {
        var id = register(api, body);
        var response = api.post("/api/v1/members/" + id + "/approval", "{}");
        if (response.status() != 200) {
            throw new IllegalStateException("approve failed: " + response.status() + " " + response.body());
        }
        return id;
    }
}
