package cn.qinqing.demo;

import cn.qinqing.organisation.ChamberDraft;
import cn.qinqing.organisation.Chambers;
import cn.qinqing.organisation.Federation;
import cn.qinqing.organisation.FiveHas;
import cn.qinqing.organisation.FiveHasItem;
import cn.qinqing.organisation.PartyOrganisationDraft;
import cn.qinqing.organisation.PartyOrganisationKind;
import cn.qinqing.organisation.PartyOrganisations;
import cn.qinqing.organisation.StaffingDraft;
import cn.qinqing.organisation.StaffingRecords;
import cn.qinqing.shared.security.QinqingUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * The demo district's organisation through the organisation module's services: the chambers with
 * officers and their "五有" checklist, the party organisations (1 党组, 1 商会行业党委, 13 党支部) and the
 * staffing of 2016 (3 cadres, 3 posts) and of now (6 cadres, 4 posts).
 */
@Component
class DemoOrganisation {

    private final Chambers chambers;
    private final PartyOrganisations party;
    private final StaffingRecords staffing;

    DemoOrganisation(Chambers chambers, PartyOrganisations party, StaffingRecords staffing) {
        this.chambers = chambers;
        this.party = party;
        this.staffing = staffing;
    }

    /** Creates the chambers; members maps a chamber key to the members it declares. Returns key to id. */
    Map<String, Long> chambers(Federation home, Map<String, Integer> members, Random random, DemoNames names,
                               DemoNumbers numbers, LocalDate today) {
        var ids = new LinkedHashMap<String, Long>();
        for (var chamber : DemoChamber.all(home.regionCode())) {
            var founded = LocalDate.of(2008 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
            var draft = new ChamberDraft(home.id(), chamber.name(), chamber.kind(), numbers.creditCode("51", chamber.region()),
                    "东营市河口区" + (chamber.kind().name().equals("SUBDISTRICT") ? chamber.key() : "河口街道") + "府前街" + (1 + random.nextInt(200)) + "号",
                    "0546-36" + "%05d".formatted(random.nextInt(100_000)), founded, names.person(), names.person(),
                    members.getOrDefault(chamber.key(), 0) + random.nextInt(30), "演示数据");
            var id = chambers.create(draft).id();
            chambers.setFiveHas(id, fiveHas(random, today, founded));
            ids.put(chamber.key(), id);
        }
        return ids;
    }

    /** Most chambers meet all five items; about one in four misses an office or funds. */
    private static List<FiveHas> fiveHas(Random random, LocalDate today, LocalDate founded) {
        boolean lacking = random.nextInt(4) == 0;
        var on = founded.isAfter(today.minusDays(60)) ? founded : today.minusDays(1 + random.nextInt(60));
        return List.of(
                new FiveHas(FiveHasItem.SIGN, true, "商会牌匾已悬挂", on),
                new FiveHas(FiveHasItem.TEAM, true, "理事会 " + (7 + random.nextInt(15)) + " 人，设会长、秘书长", on),
                new FiveHas(FiveHasItem.OFFICE, !lacking, lacking ? null : "固定办公场所 " + (40 + random.nextInt(160)) + " 平方米", lacking ? null : on),
                new FiveHas(FiveHasItem.FUNDS, !lacking || random.nextBoolean(), "会费及捐助，年度经费约 " + (2 + random.nextInt(18)) + " 万元", on),
                new FiveHas(FiveHasItem.ACTIVITIES, true, "本年度开展活动 " + (3 + random.nextInt(12)) + " 次", on));
    }

    /** The party group and sector committee in the federation organ; the organ's branch and 12 chamber branches. */
    void party(QinqingUser caller, Federation home, Map<String, Long> chamberIds, Random random, DemoNames names) {
        party.create(caller, new PartyOrganisationDraft(PartyOrganisationKind.PARTY_GROUP, "中共河口区工商业联合会党组",
                names.person(), 5, LocalDate.of(2012, 7, 1), "演示数据", home.id(), null));
        party.create(caller, new PartyOrganisationDraft(PartyOrganisationKind.SECTOR_COMMITTEE, "中共河口区商会行业委员会",
                names.person(), 9, LocalDate.of(2019, 6, 28), "商会行业党委；演示数据", home.id(), null));
        party.create(caller, new PartyOrganisationDraft(PartyOrganisationKind.BRANCH, "河口区工商联机关党支部",
                names.person(), 6, LocalDate.of(2003, 7, 1), "演示数据", home.id(), null));
        var withBranch = new ArrayList<>(chamberIds.keySet());
        withBranch.remove(DemoChamber.HOMETOWN);
        withBranch.remove(DemoChamber.JIANGSU);
        withBranch.remove(DemoChamber.LOGISTICS);
        for (var key : withBranch) {
            var chamberName = DemoChamber.all(home.regionCode()).stream().filter(c -> c.key().equals(key)).findFirst()
                    .orElseThrow().name();
            party.create(caller, new PartyOrganisationDraft(PartyOrganisationKind.BRANCH, "中共" + chamberName + "支部委员会",
                    names.person(), 3 + random.nextInt(25), LocalDate.of(2016 + random.nextInt(6), 7, 1), "演示数据",
                    home.id(), chamberIds.get(key)));
        }
    }

    /** 2016: 3 posts, 3 cadres; 2022 (the report) and this year: 4 posts, 6 cadres. */
    void staffing(QinqingUser caller, Federation home, LocalDate today) {
        staffing.create(caller, home.id(), new StaffingDraft(2016, 3, 3, 3, "演示数据"));
        if (today.getYear() > 2022) {
            staffing.create(caller, home.id(), new StaffingDraft(2022, 4, 4, 6, "编制由 3 名增至 4 名；演示数据"));
        }
        staffing.create(caller, home.id(), new StaffingDraft(today.getYear(), 4, 4, 6, "演示数据"));
    }
}
