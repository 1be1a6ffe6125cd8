package cn.qinqing.organisation;

/**
 * Kinds of chamber of commerce (商会类型): 行业商会, 镇街商会, 异地商会, 同乡商会, 园区/楼宇商会, 其他.
 */
public enum ChamberKind { INDUSTRY, SUBDISTRICT, OUT_OF_TOWN, HOMETOWN, PARK, OTHER }
