package cn.qinqing.appeal;

import static cn.qinqing.appeal.AppealStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qinqing.shared.web.ConflictException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The workflow rules of a case, without Spring: every step from every status, legal or not. */
class AppealTransitionsTests {

    static final WeekendCalendar CALENDAR = new WeekendCalendar();
    /** A Friday. */
    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    /** Where each step may start, and where it leads (null: stays where it was). */
    static final Map<AppealAction, Set<AppealStatus>> LEGAL = Map.of(
            AppealAction.ACCEPT, EnumSet.of(SUBMITTED),
            AppealAction.DECLINE, EnumSet.of(SUBMITTED),
            AppealAction.HANDLE, EnumSet.of(ACCEPTED, TRANSFERRED),
            AppealAction.TRANSFER, EnumSet.of(ACCEPTED, IN_PROGRESS, TRANSFERRED),
            AppealAction.NOTE, EnumSet.of(SUBMITTED, ACCEPTED, IN_PROGRESS, TRANSFERRED, EXTENSION_REQUESTED),
            AppealAction.REQUEST_EXTENSION, EnumSet.of(IN_PROGRESS, TRANSFERRED),
            AppealAction.APPROVE_EXTENSION, EnumSet.of(EXTENSION_REQUESTED),
            AppealAction.REFUSE_EXTENSION, EnumSet.of(EXTENSION_REQUESTED),
            AppealAction.RESOLVE, EnumSet.of(IN_PROGRESS, TRANSFERRED, EXTENSION_REQUESTED),
            AppealAction.RATE, EnumSet.of(RESOLVED));

    static final Map<AppealAction, AppealStatus> TARGET = Map.of(
            AppealAction.ACCEPT, ACCEPTED, AppealAction.DECLINE, DECLINED, AppealAction.HANDLE, IN_PROGRESS,
            AppealAction.TRANSFER, TRANSFERRED, AppealAction.REQUEST_EXTENSION, EXTENSION_REQUESTED,
            AppealAction.RESOLVE, RESOLVED, AppealAction.RATE, RESOLVED, AppealAction.ARCHIVE, ARCHIVED);

    /** A case in any status, as the database would hold it; transferred ones sit with department 7. */
    static Appeal in(AppealStatus status, boolean rated) {
        boolean accepted = status != SUBMITTED && status != DECLINED;
        boolean atDepartment = status == TRANSFERRED || status == EXTENSION_REQUESTED;
        return Appeal.restore(new AppealState(1L, 10L, 13, status, FRIDAY, FRIDAY.plusDays(3),
                accepted ? FRIDAY : null, accepted ? LocalDate.of(2026, 12, 16) : null, atDepartment ? 7L : null,
                null, status == EXTENSION_REQUESTED ? 3 : null, 0, false,
                rated && status == RESOLVED ? Rating.SATISFIED : null, null, null, null));
    }

    static void perform(Appeal appeal, AppealAction action) {
        switch (action) {
            case ACCEPT -> appeal.accept(FRIDAY, CALENDAR, null);
            case DECLINE -> appeal.decline("不属于受理范围");
            case HANDLE -> appeal.handle(5L, null);
            case TRANSFER -> appeal.transfer(9L, null);
            case NOTE -> appeal.addNote("已电话联系企业");
            case REQUEST_EXTENSION -> appeal.requestExtension(5, "需调取外地证据");
            case APPROVE_EXTENSION -> appeal.approveExtension(CALENDAR, null);
            case REFUSE_EXTENSION -> appeal.refuseExtension("时限内可以办结");
            case RESOLVE -> appeal.resolve("已协调支付欠款", FRIDAY);
            case RATE -> appeal.rate(Rating.SATISFIED, null, FRIDAY, CALENDAR);
            case ARCHIVE -> appeal.archive(null, FRIDAY);
            default -> throw new IllegalArgumentException(action.name());
        }
    }

    @Test
    void everyStepIsAllowedExactlyFromItsStatusesAndLeadsWhereTheRulesSay() {
        int legal = 0;
        int illegal = 0;
        for (var action : LEGAL.keySet()) {
            for (var status : AppealStatus.values()) {
                var appeal = in(status, false);
                if (LEGAL.get(action).contains(status)) {
                    perform(appeal, action);
                    var expected = TARGET.getOrDefault(action,
                            action == AppealAction.NOTE ? status : (status == EXTENSION_REQUESTED ? TRANSFERRED : status));
                    assertThat(appeal.state().status()).as(action + " from " + status).isEqualTo(expected);
                    assertThat(appeal.changes()).as("recorded").last()
                            .satisfies(c -> assertThat(c.from()).isEqualTo(status));
                    legal++;
                } else {
                    assertThatThrownBy(() -> perform(appeal, action)).as(action + " from " + status)
                            .isInstanceOf(ConflictException.class)
                            .extracting(e -> ((ConflictException) e).messageKey())
                            .isEqualTo("appeal.transition." + action.name());
                    assertThat(appeal.state().status()).isEqualTo(status);
                    assertThat(appeal.changes()).isEmpty();
                    illegal++;
                }
            }
        }
        assertThat(legal).isEqualTo(20);
        assertThat(illegal).isEqualTo(LEGAL.size() * AppealStatus.values().length - 20);
    }

    @Test
    void archivingNeedsADeclinedCaseOrAResolvedOneThatWasRated() {
        for (var status : AppealStatus.values()) {
            var rated = in(status, true);
            if (status == DECLINED || status == RESOLVED) {
                rated.archive("回访完毕", FRIDAY);
                assertThat(rated.state().status()).isEqualTo(ARCHIVED);
                assertThat(rated.state().archivedOn()).isEqualTo(FRIDAY);
            } else {
                assertThatThrownBy(() -> rated.archive(null, FRIDAY)).isInstanceOf(ConflictException.class)
                        .extracting(e -> ((ConflictException) e).messageKey()).isEqualTo("appeal.transition.ARCHIVE");
            }
        }
        assertThatThrownBy(() -> in(RESOLVED, false).archive(null, FRIDAY))
                .extracting(e -> ((ConflictException) e).messageKey()).isEqualTo("appeal.condition.ARCHIVE");
    }

    @Test
    void theStepsOfferedAreExactlyTheLegalOnes() {
        assertThat(in(SUBMITTED, false).available()).containsExactlyInAnyOrder(
                AppealAction.ACCEPT, AppealAction.DECLINE, AppealAction.NOTE);
        assertThat(in(RESOLVED, false).available()).containsExactly(AppealAction.RATE);
        assertThat(in(RESOLVED, true).available()).containsExactly(AppealAction.ARCHIVE);
        assertThat(in(ARCHIVED, true).available()).isEmpty();
        assertThat(in(EXTENSION_REQUESTED, false).available()).containsExactlyInAnyOrder(AppealAction.NOTE,
                AppealAction.APPROVE_EXTENSION, AppealAction.REFUSE_EXTENSION, AppealAction.RESOLVE);
    }

    @Test
    void aCaseFiledOnFridayIsDueForAcceptanceOnMondayAndForHandlingThirteenWorkingDaysAfterAcceptance() {
        var appeal = Appeal.submit(10L, 1, 13, FRIDAY, CALENDAR);
        assertThat(appeal.state().acceptDue()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(appeal.changes()).extracting(AppealChange::action).containsExactly(AppealAction.SUBMIT);

        appeal.stored(42L);
        appeal.accept(LocalDate.of(2026, 11, 30), CALENDAR, null);

        assertThat(appeal.state().acceptedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(appeal.state().handlingDue()).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(appeal.events()).singleElement().isInstanceOf(AppealAccepted.class);
    }

    @Test
    void anApprovedExtensionMovesTheDueDateByTheRequestedWorkingDaysAndReturnsToTheDepartment() {
        var appeal = in(TRANSFERRED, false);
        appeal.requestExtension(5, "需调取外地证据");
        assertThat(appeal.state().requestedExtensionDays()).isEqualTo(5);

        appeal.approveExtension(CALENDAR, "同意");

        assertThat(appeal.state().status()).isEqualTo(TRANSFERRED);
        assertThat(appeal.state().handlingDue()).isEqualTo(LocalDate.of(2026, 12, 23));
        assertThat(appeal.state().extendedDays()).isEqualTo(5);
        assertThat(appeal.state().requestedExtensionDays()).isNull();
    }

    @Test
    void aRefusedExtensionKeepsTheDueDateAndReturnsToStaffWhenNoDepartmentHandlesIt() {
        var appeal = in(IN_PROGRESS, false);
        appeal.requestExtension(3, "材料未齐");
        appeal.refuseExtension("时限内可以办结");
        assertThat(appeal.state().status()).isEqualTo(IN_PROGRESS);
        assertThat(appeal.state().handlingDue()).isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(appeal.changes()).extracting(AppealChange::action)
                .containsExactly(AppealAction.REQUEST_EXTENSION, AppealAction.REFUSE_EXTENSION);
    }

    @Test
    void theFirstDissatisfiedRatingReopensTheCaseAtItsDepartmentAndTheSecondDoesNot() {
        var appeal = in(TRANSFERRED, false);
        appeal.resolve("已协调", FRIDAY);
        appeal.rate(Rating.DISSATISFIED, "欠款仍未到账", FRIDAY, CALENDAR);

        assertThat(appeal.state().status()).isEqualTo(TRANSFERRED);
        assertThat(appeal.state().departmentId()).isEqualTo(7L);
        assertThat(appeal.state().reopened()).isTrue();
        assertThat(appeal.state().rating()).isNull();
        assertThat(appeal.state().handlingDue()).isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(appeal.events()).hasAtLeastOneElementOfType(AppealReopened.class);

        appeal.resolve("已再次协调", FRIDAY);
        appeal.rate(Rating.DISSATISFIED, null, FRIDAY, CALENDAR);

        assertThat(appeal.state().status()).isEqualTo(RESOLVED);
        assertThat(appeal.state().rating()).isEqualTo(Rating.DISSATISFIED);
        assertThat(appeal.changes()).extracting(AppealChange::action).containsExactly(AppealAction.RESOLVE,
                AppealAction.RATE, AppealAction.REOPEN, AppealAction.RESOLVE, AppealAction.RATE);
        assertThat(appeal.events().stream().filter(AppealReopened.class::isInstance)).hasSize(1);
    }

    @Test
    void aStaffHandledCaseReopensToStaffAndARatedCaseCannotBeRatedAgain() {
        var appeal = in(IN_PROGRESS, false);
        appeal.resolve("已答复", FRIDAY);
        appeal.rate(Rating.DISSATISFIED, null, FRIDAY, CALENDAR);
        assertThat(appeal.state().status()).isEqualTo(IN_PROGRESS);

        appeal.resolve("已再次答复", FRIDAY);
        appeal.rate(Rating.BASICALLY_SATISFIED, null, FRIDAY, CALENDAR);
        assertThatThrownBy(() -> appeal.rate(Rating.SATISFIED, null, FRIDAY, CALENDAR))
                .extracting(e -> ((ConflictException) e).messageKey()).isEqualTo("appeal.condition.RATE");
        assertThat(appeal.state().rating()).isEqualTo(Rating.BASICALLY_SATISFIED);
    }

    @Test
    void takingACaseBackFromADepartmentClearsTheDepartmentAndTransferringToTheSameOneIsRefused() {
        var appeal = in(TRANSFERRED, false);
        assertThatThrownBy(() -> appeal.transfer(7L, null))
                .extracting(e -> ((ConflictException) e).messageKey()).isEqualTo("appeal.transfer.same-department");

        appeal.handle(5L, "部门退回，由机关办理");

        assertThat(appeal.state().departmentId()).isNull();
        assertThat(appeal.state().handlerId()).isEqualTo(5L);
    }

    @Test
    void aTransferRegistersTheEventWithTheDepartment() {
        var appeal = in(ACCEPTED, false);
        appeal.transfer(9L, "请市场监管局核查");
        assertThat(appeal.events()).containsExactly(new AppealTransferred(1L, 9L));
        assertThat(appeal.changes()).singleElement().satisfies(c -> {
            assertThat(c.departmentId()).isEqualTo(9L);
            assertThat(c.note()).isEqualTo("请市场监管局核查");
        });
    }
}
