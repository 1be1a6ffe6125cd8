package cn.qinqing.demo;

import cn.qinqing.demo.PlannedMember.Fate;
import cn.qinqing.member.EnterpriseSize;
import cn.qinqing.member.Industry;
import cn.qinqing.member.MemberDraft;
import cn.qinqing.member.MemberType;
import cn.qinqing.member.OrganisationKind;
import cn.qinqing.member.PoliticalAffiliation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes one demo member at a time by rules: sector, size, place and chambers drawn with weights
 * that give the seed's picture (shops and small firms in trade and catering, petroleum firms in the
 * 石油业商会, about one in twelve registered or born outside the district).
 */
final class DemoMemberFactory {

    /** Regions outside the district, with the place a firm from there names itself after. */
    private static final Map<String, String> ELSEWHERE = Map.of("370502", "东营", "370522", "利津", "371402", "德州",
            "370602", "烟台", "330302", "温州", "330602", "绍兴", "320602", "南通", "320102", "南京");
    private static final List<String> ELSEWHERE_CODES = List.copyOf(new java.util.TreeSet<>(ELSEWHERE.keySet()));
    private static final List<String> ROADS = List.of("府前街", "河口大街", "海宁路", "黄河路", "孤岛路", "仙河大道", "义和路", "新户路");
    private static final List<String> POSITIONS = List.of("董事长", "总经理", "副总经理", "经理", "负责人", "个体经营者");
    private static final List<String> GROUPS = List.of("个体劳动者协会", "私营企业协会", "餐饮烹饪协会", "建筑业协会",
            "物流协会", "电子商务协会", "农村经纪人协会", "旅游协会", "汽车维修行业协会", "美容美发协会", "家政服务协会",
            "石油装备制造协会", "渔业协会", "果蔬产业协会", "民营企业家协会", "青年创业者协会", "女性创业者协会",
            "文化产业协会", "建材行业协会", "养殖业协会");

    private final Random random;
    private final DemoNames names;
    private final DemoNumbers numbers;
    private final String region;
    private final List<String> employers = new ArrayList<>();

    DemoMemberFactory(Random random, DemoNames names, DemoNumbers numbers, String region) {
        this.random = random;
        this.names = names;
        this.numbers = numbers;
        this.region = region;
    }

    /** One of the two firms the seed names: large local private enterprises in the petroleum chamber. */
    PlannedMember named(String name, LocalDate joinedOn) {
        var draft = new MemberDraft(MemberType.ENTERPRISE, name, numbers.creditCode("91", region), names.person(), null,
                numbers.mobile(), Industry.C, OrganisationKind.PRIVATE_ENTERPRISE, EnterpriseSize.LARGE, false,
                address(DemoChamber.TOWNS.get(0)), names.person(), null, null, null, joinedOn);
        employers.add(name);
        return new PlannedMember(draft, List.of(DemoChamber.PETROLEUM, DemoChamber.TOWNS.get(0)), Fate.ACTIVE, null, null);
    }

    PlannedMember enterprise(OrganisationKind kind, LocalDate joinedOn, Fate fate) {
        boolean local = random.nextInt(12) != 0;
        var codeRegion = local ? region : ELSEWHERE_CODES.get(random.nextInt(ELSEWHERE_CODES.size()));
        var place = local ? "河口区" : ELSEWHERE.get(codeRegion);
        var trade = names.tradeName();
        var town = DemoChamber.TOWNS.get(random.nextInt(DemoChamber.TOWNS.size()));
        Industry industry;
        String name;
        String kindCode = "91";
        EnterpriseSize size;
        boolean highTech = false;
        switch (kind) {
            case INDIVIDUAL_BUSINESS -> {
                industry = pick(Industry.F, 45, Industry.H, 25, Industry.O, 15, Industry.C, 5, Industry.G, 5, Industry.E, 5);
                name = names.shop(place, trade, industry);
                kindCode = "92";
                size = random.nextInt(10) == 0 ? EnterpriseSize.SMALL : EnterpriseSize.MICRO;
            }
            case COOPERATIVE -> {
                industry = Industry.A;
                name = names.cooperative(place, trade);
                kindCode = "93";
                size = random.nextBoolean() ? EnterpriseSize.MICRO : EnterpriseSize.SMALL;
            }
            default -> {
                industry = kind == OrganisationKind.HMT_INVESTED ? pick(Industry.C, 1, Industry.F, 1)
                        : pick(Industry.B, 20, Industry.C, 25, Industry.E, 12, Industry.F, 15, Industry.G, 8, Industry.I, 5,
                        Industry.M, 5, Industry.K, 3, Industry.L, 3, Industry.D, 4);
                name = names.company(local ? (random.nextBoolean() ? "东营" : "山东") : place, trade, industry);
                size = pick(EnterpriseSize.LARGE, 3, EnterpriseSize.MEDIUM, 22, EnterpriseSize.SMALL, 50, EnterpriseSize.MICRO, 25);
                highTech = switch (industry) {
                    case C, I, M, D -> random.nextInt(10) < 3;
                    default -> false;
                };
            }
        }
        var chambers = new ArrayList<String>();
        if (local && random.nextInt(10) < 6) {
            chambers.add(town);
        }
        if (industry == Industry.B || name.contains("石油")) {
            chambers.add(DemoChamber.PETROLEUM);
        } else if (industry == Industry.H && random.nextBoolean()) {
            chambers.add(DemoChamber.CATERING);
        } else if (industry == Industry.E || name.contains("建材")) {
            chambers.add(DemoChamber.BUILDING);
        } else if (industry == Industry.G) {
            chambers.add(DemoChamber.LOGISTICS);
        }
        if (codeRegion.startsWith("33")) {
            chambers.add(DemoChamber.ZHEJIANG);
        } else if (codeRegion.startsWith("32")) {
            chambers.add(DemoChamber.JIANGSU);
        }
        employers.add(name);
        var draft = new MemberDraft(MemberType.ENTERPRISE, name, numbers.creditCode(kindCode, codeRegion), names.person(),
                null, numbers.mobile(), industry, kind, size, highTech, address(town), names.person(), null, null, null,
                joinedOn);
        return new PlannedMember(draft, chambers, fate, null, null);
    }

    /** A social organisation (团体会员): one of the district's associations, registered with civil affairs ("51"). */
    PlannedMember group(int index, LocalDate joinedOn) {
        var draft = new MemberDraft(MemberType.GROUP, "河口区" + GROUPS.get(index % GROUPS.size()),
                numbers.creditCode("51", region), names.person(), null, numbers.mobile(), Industry.S, null, null, false,
                address(DemoChamber.TOWNS.get(0)), names.person(), null, null, null, joinedOn);
        return new PlannedMember(draft, List.of(), Fate.ACTIVE, null, null);
    }

    /** A person (个人会员), usually running or working for one of the member firms. */
    PlannedMember individual(LocalDate joinedOn, Fate fate) {
        boolean local = random.nextInt(12) != 0;
        var idRegion = local ? region : ELSEWHERE_CODES.get(random.nextInt(ELSEWHERE_CODES.size()));
        var idNumber = numbers.idNumber(idRegion, 1955, 1990);
        boolean female = (idNumber.charAt(16) - '0') % 2 == 0;
        int born = Integer.parseInt(idNumber.substring(6, 10));
        var chambers = new ArrayList<String>();
        if (local && random.nextInt(10) < 3) {
            chambers.add(DemoChamber.TOWNS.get(random.nextInt(DemoChamber.TOWNS.size())));
        }
        if (female && random.nextInt(10) == 0) {
            chambers.add(DemoChamber.WOMEN);
        }
        if (born >= 1985 && random.nextInt(6) == 0) {
            chambers.add(DemoChamber.YOUTH);
        }
        if (idRegion.startsWith("33")) {
            chambers.add(DemoChamber.ZHEJIANG);
        } else if (idRegion.startsWith("32")) {
            chambers.add(DemoChamber.JIANGSU);
        } else if (local && random.nextInt(50) == 0) {
            chambers.add(DemoChamber.HOMETOWN);
        }
        var employer = employers.isEmpty() ? null : employers.get(random.nextInt(employers.size()));
        PoliticalAffiliation political = pick(PoliticalAffiliation.CPC_MEMBER, 25, PoliticalAffiliation.DEMOCRATIC_PARTY, 5,
                PoliticalAffiliation.NON_PARTY, 10, PoliticalAffiliation.MASSES, 60);
        var draft = new MemberDraft(MemberType.INDIVIDUAL, names.person(), null, null, idNumber, numbers.mobile(), null,
                null, null, false, address(DemoChamber.TOWNS.get(random.nextInt(DemoChamber.TOWNS.size()))), null,
                employer, POSITIONS.get(random.nextInt(POSITIONS.size())), political, joinedOn);
        return new PlannedMember(draft, chambers, fate, null, null);
    }

    private String address(String town) {
        return "东营市河口区" + town + ROADS.get(random.nextInt(ROADS.size())) + (1 + random.nextInt(300)) + "号";
    }

    /** A value by weight: pick(a, 3, b, 1) gives a three times in four. */
    @SuppressWarnings("unchecked")
    private <T> T pick(Object... valuesAndWeights) {
        int total = 0;
        for (int i = 1; i < valuesAndWeights.length; i += 2) {
            total += (Integer) valuesAndWeights[i];
        }
        int ticket = random.nextInt(total);
        for (int i = 0; i < valuesAndWeights.length; i += 2) {
            ticket -= (Integer) valuesAndWeights[i + 1];
            if (ticket < 0) {
                return (T) valuesAndWeights[i];
            }
        }
        throw new IllegalStateException("weights");
    }
}
