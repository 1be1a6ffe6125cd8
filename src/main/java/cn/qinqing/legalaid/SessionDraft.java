package cn.qinqing.legalaid;

import java.time.LocalDate;

/** A session as a caller reports it, unchecked. */
public record SessionDraft(LocalDate heldOn, SessionKind kind, String place, String note) {
}
