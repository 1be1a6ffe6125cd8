package cn.qinqing.appeal;

import cn.qinqing.organisation.Departments;
import cn.qinqing.shared.security.CurrentUser;
import cn.qinqing.shared.web.NotFoundException;
import cn.qinqing.shared.web.ValidationException;

/** The input a workflow step takes, checked before the step: notes, reasons, the reply, the department. */
final class AppealSteps {

    static final int MAX_NOTE = 2000;
    static final int MAX_REPLY = 5000;
    static final int MAX_EXTENSION_DAYS = 30;

    private final Departments departments;

    AppealSteps(Departments departments) {
        this.departments = departments;
    }

    String optional(String note) {
        var clean = AppealIntake.text(note);
        if (clean != null && clean.length() > MAX_NOTE) {
            throw new ValidationException("note", "appeal.note.too-long", MAX_NOTE);
        }
        return clean;
    }

    String required(String field, String text) {
        var clean = AppealIntake.text(text);
        if (clean == null) {
            throw new ValidationException(field, "appeal." + field + ".required");
        }
        if (clean.length() > MAX_NOTE) {
            throw new ValidationException(field, "appeal.note.too-long", MAX_NOTE);
        }
        return clean;
    }

    String reply(String text) {
        var clean = AppealIntake.text(text);
        if (clean == null || clean.length() > MAX_REPLY) {
            throw new ValidationException("reply", "appeal.reply.invalid", MAX_REPLY);
        }
        return clean;
    }

    int extensionDays(Integer days) {
        if (days == null || days < 1 || days > MAX_EXTENSION_DAYS) {
            throw new ValidationException("days", "appeal.extension.days.invalid", MAX_EXTENSION_DAYS);
        }
        return days;
    }

    Rating rating(Rating rating) {
        if (rating == null) {
            throw new ValidationException("rating", "appeal.rating.required");
        }
        return rating;
    }

    /** An active department in the caller's federation scope. */
    long department(Long id) {
        if (id == null) {
            throw new ValidationException("departmentId", "appeal.department.required");
        }
        try {
            var department = departments.get(CurrentUser.get(), id);
            if (!department.active()) {
                throw new ValidationException("departmentId", "appeal.department.inactive", department.name());
            }
            return department.id();
        } catch (NotFoundException unknown) {
            throw new ValidationException("departmentId", "appeal.department.unknown");
        }
    }
}
