package cn.qinqing.organisation.web;

import cn.qinqing.organisation.StaffingRecord;

/** One year's staffing as the API returns it, with the vacancy (空编; negative when over establishment). */
record StaffingView(long federationId, int year, int authorised, int filled, int cadres, int vacancy, String remarks) {

    static StaffingView of(StaffingRecord r) {
        return new StaffingView(r.federationId(), r.year(), r.authorised(), r.filled(), r.cadres(), r.vacancy(),
                r.remarks());
    }
}
