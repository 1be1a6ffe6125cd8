package cn.qinqing.demo;

import cn.qinqing.organisation.ChamberKind;
import java.util.List;

/**
 * One chamber of the demo district (商会): its name, kind and where it registered (the district, or a
 * city elsewhere for a hometown chamber of the district's people there).
 */
record DemoChamber(String key, String name, ChamberKind kind, String region) {

    static final String PETROLEUM = "petroleum";
    static final String CATERING = "catering";
    static final String BUILDING = "building";
    static final String LOGISTICS = "logistics";
    static final String WOMEN = "women";
    static final String YOUTH = "youth";
    static final String ZHEJIANG = "zhejiang";
    static final String JIANGSU = "jiangsu";
    static final String HOMETOWN = "hometown";

    /** The two subdistricts and four towns of Hekou; each has its chamber (镇街商会). */
    static final List<String> TOWNS = List.of("河口街道", "六合街道", "义和镇", "仙河镇", "孤岛镇", "新户镇");

    static List<DemoChamber> all(String region) {
        return List.of(
                new DemoChamber(PETROLEUM, "石油业商会", ChamberKind.INDUSTRY, region),
                new DemoChamber(TOWNS.get(0), "河口街道商会", ChamberKind.SUBDISTRICT, region),
                new DemoChamber(TOWNS.get(1), "六合街道商会", ChamberKind.SUBDISTRICT, region),
                new DemoChamber(TOWNS.get(2), "义和镇商会", ChamberKind.SUBDISTRICT, region),
                new DemoChamber(TOWNS.get(3), "仙河镇商会", ChamberKind.SUBDISTRICT, region),
                new DemoChamber(TOWNS.get(4), "孤岛镇商会", ChamberKind.SUBDISTRICT, region),
                new DemoChamber(TOWNS.get(5), "新户镇商会", ChamberKind.SUBDISTRICT, region),
                new DemoChamber(CATERING, "餐饮业商会", ChamberKind.INDUSTRY, region),
                new DemoChamber(BUILDING, "建筑建材业商会", ChamberKind.INDUSTRY, region),
                new DemoChamber(LOGISTICS, "物流业商会", ChamberKind.INDUSTRY, region),
                new DemoChamber(WOMEN, "女企业家商会", ChamberKind.OTHER, region),
                new DemoChamber(YOUTH, "青年企业家商会", ChamberKind.OTHER, region),
                new DemoChamber(ZHEJIANG, "浙江商会", ChamberKind.OUT_OF_TOWN, region),
                new DemoChamber(JIANGSU, "江苏商会", ChamberKind.OUT_OF_TOWN, region),
                new DemoChamber(HOMETOWN, "济南河口商会", ChamberKind.HOMETOWN, "370102"));
    }
}
