package cn.qinqing.member;

import static cn.qinqing.member.ImportColumn.CHAMBERS;
import static cn.qinqing.member.ImportColumn.CREDIT_CODE;
import static cn.qinqing.member.ImportColumn.HIGH_TECH;
import static cn.qinqing.member.ImportColumn.ID_NUMBER;
import static cn.qinqing.member.ImportColumn.INDUSTRY;
import static cn.qinqing.member.ImportColumn.JOINED_ON;
import static cn.qinqing.member.ImportColumn.KIND;
import static cn.qinqing.member.ImportColumn.MOBILE;
import static cn.qinqing.member.ImportColumn.NAME;
import static cn.qinqing.member.ImportColumn.SIZE;
import static cn.qinqing.member.ImportColumn.TYPE;
import static cn.qinqing.member.ImportFixture.enterprise;
import static cn.qinqing.member.ImportFixture.individual;
import static cn.qinqing.member.ImportFixture.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.shared.security.Role;
import cn.qinqing.shared.standard.IdNumber;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Every import rule, one crafted row each, in one file: the rows that break a rule are rejected
 * with their spreadsheet row number and column; the rows that only need normalising are stored.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberImportRulesTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    ImportFixture fixture;
    @Autowired
    JdbcClient jdbc;

    private final String u = ImportFixture.unique();
    private final Map<String, List<Object>> rows = new LinkedHashMap<>();
    private final Map<String, Integer> rowNumbers = new LinkedHashMap<>();
    private JsonNode result;

    private void add(String label, List<Object> row) {
        rows.put(label, row);
        rowNumbers.put(label, rowNumbers.size() + 2);
    }

    @BeforeAll
    void importOneFileWithARowPerRule() {
        fixture.chamber("规则商会甲" + u);
        fixture.chamber("规则商会乙" + u);
        var code = ImportFixture.enterpriseCode();
        var fullWidth = new StringBuilder();
        for (char c : code.toLowerCase().toCharArray()) {
            fullWidth.append((char) (c + 0xFEE0));
        }
        add("trimmed", ImportFixture.row("  企业会员 ", " 去空格" + u + "\u3000", " " + ImportFixture.enterpriseCode() + " ",
                " 李四 ", null, " " + ImportFixture.mobile() + " ", " C ", null, null, null, null, " 2023-05-01 "));
        add("full-width code", with(enterprise("全角代码" + u), CREDIT_CODE, fullWidth.toString()));
        add("wrong check character", with(enterprise("校验码错" + u), CREDIT_CODE, wrongCheck(ImportFixture.enterpriseCode())));
        add("organisation without code", with(enterprise("无代码" + u), CREDIT_CODE, null));
        add("wrong ID check character", with(individual("身份证错" + u), ID_NUMBER, wrongCheck(ImportFixture.idNumber())));
        add("15-digit ID", with(individual("旧身份证" + u), ID_NUMBER, "370503800101123"));
        var future = "370503" + LocalDate.now().plusYears(1).toString().replace("-", "") + "123";
        add("future birth", with(individual("未来出生" + u), ID_NUMBER, future + IdNumber.checkCharacter(future)));
        add("ID as number", with(individual("数字身份证" + u), ID_NUMBER, 370503198001011234d));
        add("bad mobile", with(enterprise("坏手机" + u), MOBILE, "12812345678"));
        add("unknown type", with(enterprise("未知类型" + u), TYPE, "理事会员"));
        add("missing type", with(enterprise("缺类型" + u), TYPE, null));
        add("missing name", with(enterprise("x"), NAME, "  "));
        add("unknown industry", with(enterprise("未知行业" + u), INDUSTRY, "Z"));
        add("industry by name", with(enterprise("行业名称" + u), INDUSTRY, "信息传输、软件和信息技术服务业"));
        add("unknown kind", with(enterprise("未知类型企业" + u), KIND, "国有企业"));
        add("kind contradicts code", with(enterprise("类型矛盾" + u), KIND, "个体工商户"));
        add("kind from code", with(with(enterprise("个体户" + u), CREDIT_CODE, ImportFixture.code("92", "370503")), KIND, null));
        add("short size", with(enterprise("规模大" + u), SIZE, "大"));
        add("unknown size", with(enterprise("规模未知" + u), SIZE, "特大"));
        add("high tech yes", with(enterprise("高新是" + u), HIGH_TECH, "是"));
        add("unknown high tech", with(enterprise("高新未知" + u), HIGH_TECH, "可能"));
        add("unknown chamber", with(enterprise("未知商会" + u), CHAMBERS, "不存在的商会" + u));
        add("two chambers", with(enterprise("两个商会" + u), CHAMBERS, "规则商会甲" + u + ",规则商会乙" + u));
        add("future join date", with(enterprise("未来入会" + u), JOINED_ON, LocalDate.now().plusDays(2).toString()));
        add("impossible join date", with(enterprise("错误日期" + u), JOINED_ON, "2023-02-30"));
        add("missing join date", with(enterprise("缺日期" + u), JOINED_ON, null));
        add("excel date cell", with(enterprise("Excel日期" + u), JOINED_ON, LocalDate.of(2021, 7, 9)));
        add("slashed date", with(enterprise("斜杠日期" + u), JOINED_ON, "2020/3/8"));
        add("out of town", with(enterprise("外地企业" + u), CREDIT_CODE, ImportFixture.code("91", "370522")));
        add("full-width mobile", with(enterprise("全角手机" + u), MOBILE, "１３９１２３４５６７８"));
        add("two problems", with(with(enterprise("两处错误" + u), MOBILE, "123"), SIZE, "巨型"));

        var staff = accounts.create("rules", Role.STAFF);
        var response = ImportFixture.importFile(accounts.api(staff), ImportFixture.xlsx(new ArrayList<>(rows.values())), null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        result = response.json();
    }

    @Test
    void countsAddUpToTheRows() {
        assertThat(result.get("imported").asInt() + result.get("rejected").asInt()).isEqualTo(rows.size());
        assertThat(result.get("rejected").asInt()).isEqualTo(20);
    }

    @Test
    void organisationsNeedAValidCreditCode() {
        assertRejected("wrong check character", CREDIT_CODE);
        assertRejected("organisation without code", CREDIT_CODE);
    }

    @Test
    void individualsNeedAValidEighteenCharacterIdNumber() {
        assertRejected("wrong ID check character", ID_NUMBER);
        assertRejected("15-digit ID", ID_NUMBER);
        assertRejected("future birth", ID_NUMBER);
        assertThat(assertRejected("ID as number", ID_NUMBER)).contains("数字");
    }

    @Test
    void mobilesAreElevenDigitsStartingOneThreeToNine() {
        assertRejected("bad mobile", MOBILE);
        assertStored("full-width mobile", "mobile_masked", "139****5678");
    }

    @Test
    void theMemberTypeIsRequiredAndMustBeKnown() {
        assertThat(assertRejected("unknown type", TYPE)).contains("理事会员");
        assertThat(assertRejected("missing type", TYPE)).contains("必须填写");
        assertRejected("missing name", NAME);
    }

    @Test
    void industryIsASectionLetterOrItsName() {
        assertThat(assertRejected("unknown industry", INDUSTRY)).contains("Z");
        assertStored("industry by name", "industry", "I");
        assertStored("trimmed", "industry", "C");
    }

    @Test
    void kindIsANamedKindThatFitsTheCodeOrIsDerivedFromIt() {
        assertThat(assertRejected("unknown kind", KIND)).contains("国有企业");
        assertRejected("kind contradicts code", KIND);
        assertStored("kind from code", "kind", "INDIVIDUAL_BUSINESS");
        assertStored("trimmed", "kind", "PRIVATE_ENTERPRISE");
    }

    @Test
    void sizeAndHighTechTakeTheirChineseWords() {
        assertStored("short size", "size", "LARGE");
        assertThat(assertRejected("unknown size", SIZE)).contains("特大");
        assertStored("high tech yes", "high_tech::text", "true");
        assertThat(assertRejected("unknown high tech", HIGH_TECH)).contains("可能");
    }

    @Test
    void chambersAreExistingChambersByNameSeveralAllowed() {
        assertThat(assertRejected("unknown chamber", CHAMBERS)).contains("不存在的商会" + u);
        assertStored("two chambers", "(select count(*) from member_chamber mc where mc.member_id = m.id)::text", "2");
    }

    @Test
    void theJoinDateIsRequiredParseableAndNotInTheFuture() {
        assertRejected("future join date", JOINED_ON);
        assertThat(assertRejected("impossible join date", JOINED_ON)).contains("2023-02-30");
        assertRejected("missing join date", JOINED_ON);
        assertStored("excel date cell", "joined_on::text", "2021-07-09");
        assertStored("slashed date", "joined_on::text", "2020-03-08");
    }

    @Test
    void cellsAreTrimmedAndCodesMadeHalfWidthUpperCase() {
        assertStored("trimmed", "name", "去空格" + u);
        assertStored("trimmed", "legal_representative", "李四");
        var code = jdbc.sql("select credit_code from member where name = ?").param("全角代码" + u).query(String.class).single();
        assertThat(code).matches("[0-9A-Z]{18}");
    }

    @Test
    void locallyRegisteredOrNotFollowsTheCodesRegion() {
        assertStored("out of town", "local::text", "false");
        assertStored("trimmed", "local::text", "true");
    }

    @Test
    void aRowWithTwoProblemsReportsBoth() {
        var row = rowNumbers.get("two problems");
        var columns = new ArrayList<String>();
        result.get("errors").forEach(e -> {
            if (e.get("row").asInt() == row) {
                columns.add(e.get("column").asText());
            }
        });
        assertThat(columns).containsExactlyInAnyOrder("手机号", "企业规模");
    }

    /** Asserts the row was rejected with an entry for the column; returns that entry's message. */
    private String assertRejected(String label, ImportColumn column) {
        int row = rowNumbers.get(label);
        for (var error : result.get("errors")) {
            if (error.get("row").asInt() == row && error.get("column").asText().equals(column.header())) {
                assertThat(error.get("message").asText()).as(label).isNotBlank();
                return error.get("message").asText();
            }
        }
        throw new AssertionError(label + ": no error for row " + row + " column " + column.header() + " in " + result);
    }

    private void assertStored(String label, String expression, String expected) {
        var name = rows.get(label).get(NAME.ordinal()).toString().strip();
        var value = jdbc.sql("select " + expression + " from member m where name = ?").param(name.replace("\u3000", ""))
                .query(String.class).single();
        assertThat(value).as(label).isEqualTo(expected);
        assertThat(result.get("errors").findValues("row").stream().map(JsonNode::asInt))
                .as(label + " has no error").doesNotContain(rowNumbers.get(label));
    }

    private static String wrongCheck(String code) {
        var last = code.charAt(17);
        return code.substring(0, 17) + (last == '1' ? '2' : '1');
    }
}
