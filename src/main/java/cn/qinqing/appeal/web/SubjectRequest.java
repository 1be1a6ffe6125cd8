package cn.qinqing.appeal.web;

import java.util.List;

/**
 * A subject as added or changed: {@code code} (optional when adding; generated), {@code name},
 * {@code categories} (the category codes offering it; all when left out) and {@code active}.
 */
record SubjectRequest(String code, String name, List<String> categories, Boolean active) {
}
