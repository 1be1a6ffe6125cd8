package cn.qinqing.member.web;

import static cn.qinqing.member.MemberTestData.enterprise;
import static cn.qinqing.member.MemberTestData.individual;
import static org.assertj.core.api.Assertions.assertThat;

import cn.qinqing.member.MemberTestData;
import cn.qinqing.organisation.Federations;
import cn.qinqing.shared.security.Role;
import cn.qinqing.support.Api;
import cn.qinqing.support.IntegrationTest;
import cn.qinqing.support.TestAccounts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one search box and the filters. Each test's members sit in a chamber of their own, so a
 * search narrowed to that chamber sees exactly them whatever else the shared database holds.
 */
@IntegrationTest
class MemberSearchTests {

    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Federations federations;

    Api staff;
    long chamber;
    String tonghaiCode;
    String tonghaiMobile;
    long tonghai;
    long wine;
    long person;
    long outOfTown;

    @BeforeEach
    void setUp() {
        staff = accounts.api(accounts.create("msearch", Role.STAFF));
        chamber = new MemberTestData(jdbc, federations).chamber("搜索测试商会" + MemberTestData.unique());
        tonghaiCode = MemberTestData.enterpriseCode();
        var tonghaiBody = enterprise("通海集团", tonghaiCode, chamber);
        tonghaiMobile = (String) tonghaiBody.get("mobile");
        tonghaiBody.put("highTech", true);
        tonghaiBody.put("industry", "B");
        tonghai = MemberTestData.active(staff, tonghaiBody);
        wine = MemberTestData.register(staff, enterprise("黄河三角洲酒业有限公司", MemberTestData.enterpriseCode(), chamber));
        person = MemberTestData.active(staff, individual("海通", MemberTestData.idNumber(), MemberTestData.mobile(), chamber));
        var shop = enterprise("仙河镇小吃店", MemberTestData.creditCode("92370502"), chamber);
        outOfTown = MemberTestData.register(staff, shop);
    }

    List<Long> ids(String query) {
        var response = staff.get("/api/v1/members?chamberId=" + chamber + "&size=100&" + query);
        assertThat(response.status()).as(query).isEqualTo(200);
        var ids = new ArrayList<Long>();
        response.json().get("content").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aTwoCharacterChineseFragmentFindsTheName() {
        assertThat(ids(q("通海"))).containsExactly(tonghai);
        assertThat(ids(q("酒业"))).containsExactly(wine);
        assertThat(ids(q("海通"))).containsExactly(person);
    }

    @Test
    void aLongerChineseFragmentFindsTheName() {
        assertThat(ids(q("海集团"))).containsExactly(tonghai);
        assertThat(ids(q("三角洲酒业"))).containsExactly(wine);
    }

    @Test
    void fullPinyinAndInitialsFindTheName() {
        assertThat(ids(q("tonghai"))).containsExactly(tonghai);
        assertThat(ids(q("TongHai JiTuan"))).containsExactly(tonghai);
        assertThat(ids(q("thjt"))).containsExactly(tonghai);
        assertThat(ids(q("hhsjz"))).containsExactly(wine);
        assertThat(ids(q("hjt"))).containsExactly(tonghai);
    }

    @Test
    void aSearchCountsAllItsMatchesOnEveryPage() {
        for (var page : new int[] {0, 1, 5}) {
            var response = staff.get("/api/v1/members?chamberId=" + chamber + "&size=1&page=" + page + "&" + q("海"));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("page").get("totalElements").asLong()).as("page " + page).isEqualTo(2);
            assertThat(response.json().get("content").size()).as("page " + page).isEqualTo(page < 2 ? 1 : 0);
        }
    }

    @Test
    void twoPinyinLettersMatchTheStartOfTheInitialsOnly() {
        assertThat(ids(q("th"))).containsExactly(tonghai);
        assertThat(ids(q("TH"))).containsExactly(tonghai);
        assertThat(ids(q("jt"))).isEmpty();
    }

    @Test
    void aCreditCodePrefixFindsTheOrganisation() {
        assertThat(ids(q(tonghaiCode.substring(0, 12)))).containsExactly(tonghai);
        assertThat(ids(q(tonghaiCode.substring(0, 12).toLowerCase()))).containsExactly(tonghai);
        assertThat(ids(q("92370502"))).containsExactly(outOfTown);
    }

    @Test
    void anExactMobileFindsTheMemberButAPartOfItDoesNot() {
        assertThat(ids(q(tonghaiMobile))).containsExactly(tonghai);
        assertThat(ids(q(tonghaiMobile.substring(0, 3) + " " + tonghaiMobile.substring(3)))).containsExactly(tonghai);
        assertThat(ids(q(tonghaiMobile.substring(0, 7)))).isEmpty();
    }

    @Test
    void theMemberNumberFindsTheMember() {
        var number = staff.get("/api/v1/members/" + tonghai).json().get("memberNumber").asString();

        assertThat(ids(q(number))).containsExactly(tonghai);
    }

    @Test
    void filtersNarrowTheList() {
        assertThat(ids("type=INDIVIDUAL")).containsExactly(person);
        assertThat(ids("type=ENTERPRISE")).containsExactlyInAnyOrder(tonghai, wine, outOfTown);
        assertThat(ids("kind=INDIVIDUAL_BUSINESS")).containsExactly(outOfTown);
        assertThat(ids("status=ACTIVE")).containsExactlyInAnyOrder(tonghai, person);
        assertThat(ids("status=applied")).containsExactlyInAnyOrder(wine, outOfTown);
        assertThat(ids("local=false")).containsExactly(outOfTown);
        assertThat(ids("highTech=true")).containsExactly(tonghai);
        assertThat(ids("industry=B")).containsExactly(tonghai);
        assertThat(ids("industry=" + URLEncoder.encode("采矿业", StandardCharsets.UTF_8))).containsExactly(tonghai);
        assertThat(ids("type=ENTERPRISE&status=APPLIED&local=true")).containsExactly(wine);
        assertThat(ids(q("通海") + "&status=APPLIED")).isEmpty();
    }

    @Test
    void sortingAndPagingWalkTheWholeList() {
        var byName = ids("sort=NAME");
        var first = staff.get("/api/v1/members?chamberId=" + chamber + "&sort=NAME&size=3&page=0").json();
        var second = staff.get("/api/v1/members?chamberId=" + chamber + "&sort=NAME&size=3&page=1").json();

        assertThat(byName).hasSize(4);
        assertThat(first.get("content")).hasSize(3);
        assertThat(second.get("content")).hasSize(1);
        assertThat(first.get("page").get("totalPages").asInt()).isEqualTo(2);
        assertThat(second.get("content").get(0).get("id").asLong()).isEqualTo(byName.get(3));
        assertThat(ids("sort=NUMBER").subList(0, 2)).containsExactlyInAnyOrder(tonghai, person);
        assertThat(staff.get("/api/v1/members?sort=RANDOM").status()).isEqualTo(400);
    }

    @Test
    void anotherChambersFilterFindsNoneOfTheseAndOverlongSearchesAreRefused() {
        var other = new MemberTestData(jdbc, federations).chamber("空商会" + MemberTestData.unique());
        var body = staff.get("/api/v1/members?chamberId=" + other + "&" + q("通海")).json();

        assertThat(body.get("page").get("totalElements").asLong()).isZero();
        assertThat(staff.get("/api/v1/members?" + q("x".repeat(101))).status()).isEqualTo(400);
    }
}
