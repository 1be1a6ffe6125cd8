package cn.qinqing.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Bad input to the chamber API: 400 problem+json in Chinese, naming the field, and nothing stored. */
@IntegrationTest
class ChamberApiValidationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Federations federations;

    Api api;

    @BeforeEach
    void setUp() {
        var data = new ChamberTestData(jdbc, encoder, federations);
        api = Api.as(port, data.user("LEADER"), ChamberTestData.PASSWORD);
    }

    Api.Response create(Map<String, Object> body) {
        return api.post("/api/v1/chambers", Api.json(body));
    }

    static String fieldMessage(Api.Response response, String field) {
        for (var error : response.json().get("errors").values()) {
            if (error.get("field").asString().equals(field)) {
                return error.get("message").asString();
            }
        }
        throw new AssertionError("no error on " + field + " in " + response.body());
    }

    static void assertProblem(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aWrongCheckCharacterIsRefusedNamingTheExpectedOne() {
        var valid = ChamberTestData.creditCode();
        var wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        var name = "校验位商会" + ChamberTestData.unique();

        var response = create(ChamberApiTests.chamber(name, wrong));

        assertProblem(response);
        assertThat(fieldMessage(response, "creditCode")).isEqualTo("统一社会信用代码校验位错误，应为 " + valid.charAt(17));
        assertThat(jdbc.sql("select count(*) from chamber where name = ?").param(name).query(Long.class).single()).isZero();
    }

    @Test
    void anIllegalLetterOrAWrongLengthIsRefusedSayingWhy() {
        var illegal = create(ChamberApiTests.chamber("非法字符商会" + ChamberTestData.unique(), "51370503MJD0000O1X"));
        var tooShort = create(ChamberApiTests.chamber("长度商会" + ChamberTestData.unique(), "51370503MJD"));
        var missing = create(ChamberApiTests.chamber("缺代码商会" + ChamberTestData.unique(), null));

        assertProblem(illegal);
        assertThat(fieldMessage(illegal, "creditCode")).startsWith("统一社会信用代码第 16 位“O”不是有效字符");
        assertProblem(tooShort);
        assertThat(fieldMessage(tooShort, "creditCode")).isEqualTo("统一社会信用代码应为 18 位，当前为 11 位");
        assertProblem(missing);
        assertThat(fieldMessage(missing, "creditCode")).isEqualTo("请填写统一社会信用代码");
    }

    @Test
    void aFullWidthLowerCaseCodeIsStoredNormalised() {
        var code = ChamberTestData.creditCode();
        var fullWidth = new StringBuilder("\u3000");
        for (char c : code.toLowerCase().toCharArray()) {
            fullWidth.append((char) (c + 0xFEE0));
        }

        var response = create(ChamberApiTests.chamber("全角商会" + ChamberTestData.unique(), fullWidth.toString()));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("creditCode").asString()).isEqualTo(code);
    }

    @Test
    void aDuplicateCreditCodeOrNameIsAFieldError() {
        var name = "重复商会" + ChamberTestData.unique();
        var code = ChamberTestData.creditCode();
        assertThat(create(ChamberApiTests.chamber(name, code)).status()).isEqualTo(201);

        var sameCode = create(ChamberApiTests.chamber(name + "二", code));
        var sameName = create(ChamberApiTests.chamber(name, ChamberTestData.creditCode()));

        assertProblem(sameCode);
        assertThat(fieldMessage(sameCode, "creditCode")).isEqualTo("该统一社会信用代码已被其他商会使用");
        assertProblem(sameName);
        assertThat(fieldMessage(sameName, "name")).isEqualTo("该工商联下已有同名商会");
    }

    @Test
    void malformedJsonAndWrongTypesAreRefusedInChinese() {
        var malformed = api.post("/api/v1/chambers", "{\"name\": \"缺括号\"");
        var body = ChamberApiTests.chamber("类型错误商会" + ChamberTestData.unique(), ChamberTestData.creditCode());
        body.put("memberCount", "很多");
        var wrongType = create(body);

        assertProblem(malformed);
        assertThat(malformed.json().get("detail").asString()).contains("JSON");
        assertProblem(wrongType);
        assertThat(wrongType.json().get("detail").asString()).isEqualTo("请求内容不是有效的 JSON，或字段类型不正确");
    }

    @Test
    void overLongFieldsMissingNameAndUnknownKindAreFieldErrors() {
        var body = ChamberApiTests.chamber("商".repeat(101), ChamberTestData.creditCode());
        body.put("address", "路".repeat(201));
        var tooLong = create(body);
        var noName = ChamberApiTests.chamber(" ", ChamberTestData.creditCode());
        var badKind = ChamberApiTests.chamber("类型商会" + ChamberTestData.unique(), ChamberTestData.creditCode());
        badKind.put("kind", "GUILD");

        assertProblem(tooLong);
        assertThat(fieldMessage(tooLong, "name")).isEqualTo("长度不能超过 100 个字符");
        assertThat(fieldMessage(tooLong, "address")).isEqualTo("长度不能超过 200 个字符");
        assertThat(fieldMessage(create(noName), "name")).isEqualTo("请填写商会名称");
        var kindResponse = create(badKind);
        assertProblem(kindResponse);
        assertThat(fieldMessage(kindResponse, "kind")).startsWith("请选择有效的商会类型");
    }

    @Test
    void aFutureFoundingDateAndNegativeMemberCountAreRefused() {
        var future = ChamberApiTests.chamber("未来商会" + ChamberTestData.unique(), ChamberTestData.creditCode());
        future.put("foundedOn", java.time.LocalDate.now().plusYears(1).toString());
        var negative = ChamberApiTests.chamber("负数商会" + ChamberTestData.unique(), ChamberTestData.creditCode());
        negative.put("memberCount", -1);

        var futureResponse = create(future);
        var negativeResponse = create(negative);

        assertProblem(futureResponse);
        assertThat(fieldMessage(futureResponse, "foundedOn")).isEqualTo("日期不能晚于今天");
        assertProblem(negativeResponse);
        assertThat(fieldMessage(negativeResponse, "memberCount")).isEqualTo("会员数量不能小于 0");
    }

    @Test
    void pageSizeAbove100NegativePageAndUnknownKindFilterAreRefused() {
        var tooBig = api.get("/api/v1/chambers?size=101");
        var negative = api.get("/api/v1/chambers?page=-1");
        var kind = api.get("/api/v1/chambers?kind=GUILD");
        var notNumber = api.get("/api/v1/chambers?size=abc");

        assertProblem(tooBig);
        assertThat(fieldMessage(tooBig, "size")).isEqualTo("每页条数应在 1 到 100 之间");
        assertProblem(negative);
        assertThat(fieldMessage(negative, "page")).isEqualTo("页码不能小于 0");
        assertProblem(kind);
        assertProblem(notNumber);
        assertThat(notNumber.json().get("detail").asString()).isEqualTo("请求参数缺失或格式不正确");
        assertThat(api.get("/api/v1/chambers?size=100").status()).isEqualTo(200);
    }

    @Test
    void badFiveHasItemsAreFieldErrors() {
        var id = create(ChamberApiTests.chamber("五有校验商会" + ChamberTestData.unique(), ChamberTestData.creditCode()))
                .json().get("id").asLong();
        var duplicate = api.put("/api/v1/chambers/" + id + "/five-has", Api.json(Map.of("items",
                List.of(Map.of("item", "SIGN", "met", true), Map.of("item", "SIGN", "met", false)))));
        var unknown = api.put("/api/v1/chambers/" + id + "/five-has", Api.json(Map.of("items",
                List.of(Map.of("item", "FLAG", "met", true)))));
        var longEvidence = api.put("/api/v1/chambers/" + id + "/five-has", Api.json(Map.of("items",
                List.of(Map.of("item", "TEAM", "met", true, "evidence", "证".repeat(501))))));

        assertProblem(duplicate);
        assertThat(fieldMessage(duplicate, "items[1].item")).isEqualTo("同一“五有”项目只能填写一次");
        assertProblem(unknown);
        assertThat(fieldMessage(unknown, "items[0].item")).startsWith("“五有”项目无效");
        assertProblem(longEvidence);
        assertThat(fieldMessage(longEvidence, "items[0].evidence")).isEqualTo("长度不能超过 500 个字符");
        var stored = jdbc.sql("select count(*) from chamber_five_has where chamber_id = ?").param(id).query(Long.class).single();
        assertThat(stored).isZero();
    }

    @Test
    void badAssessmentsAreFieldErrors() {
        var id = create(ChamberApiTests.chamber("自评校验商会" + ChamberTestData.unique(), ChamberTestData.creditCode()))
                .json().get("id").asLong();
        var nextYear = java.time.LocalDate.now().getYear() + 1;
        var future = api.post("/api/v1/chambers/" + id + "/assessments",
                Api.json(Map.of("year", nextYear, "level", "MET", "assessedOn", "2025-01-01")));
        var badLevel = api.post("/api/v1/chambers/" + id + "/assessments",
                Api.json(Map.of("year", 2024, "level", "EXCELLENT", "assessedOn", "2025-01-01")));
        var badScore = api.post("/api/v1/chambers/" + id + "/assessments",
                Api.json(Map.of("year", 2024, "level", "MET", "score", 101, "assessedOn", "2025-01-01")));

        assertProblem(future);
        assertThat(fieldMessage(future, "year")).startsWith("年度应在 1949 到");
        assertProblem(badLevel);
        assertThat(fieldMessage(badLevel, "level")).startsWith("请选择有效的自评结果");
        assertProblem(badScore);
        assertThat(fieldMessage(badScore, "score")).isEqualTo("得分应在 0 到 100 之间");
    }
}
