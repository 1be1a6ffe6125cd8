package cn.qinqing.appeal.web;

import cn.qinqing.appeal.AppealCategory;
import java.util.List;

/** A category as {@code GET /api/v1/appeals/categories} lists it, with its active subjects. */
record CategoryItem(String code, String name, int handlingDays, List<SubjectItem> subjects) {

    /** A subject of the category. */
    record SubjectItem(String code, String name) {
    }

    static CategoryItem of(AppealCategory c) {
        return new CategoryItem(c.code(), c.name(), c.handlingDays(),
                c.subjects().stream().map(s -> new SubjectItem(s.code(), s.name())).toList());
    }
}
