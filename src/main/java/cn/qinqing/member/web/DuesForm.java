package cn.qinqing.member.web;

import cn.qinqing.member.MemberDues;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.util.ArrayList;

/** A year's dues as entered: the year (page form only; the API has it in the path), amount in yuan, paid date. */
public class DuesForm {

    private String year;
    private String amount;
    private String paidOn;

    MemberDues toDues(Integer pathYear) {
        var errors = new ArrayList<FieldError>();
        Long parsedYear = pathYear != null ? Long.valueOf(pathYear)
                : Inputs.number(year, "year", "member.dues.year.invalid", errors);
        if (pathYear == null && parsedYear == null && errors.isEmpty()) {
            errors.add(new FieldError("year", "member.dues.year.invalid"));
        }
        var parsedAmount = Inputs.amount(amount, "amount", errors);
        var paid = Inputs.date(paidOn, "paidOn", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int y = parsedYear > 9999 || parsedYear < 0 ? -1 : parsedYear.intValue();
        return new MemberDues(y, parsedAmount, paid);
    }

    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getAmount() { return amount; }
    public void setAmount(String amount) { this.amount = amount; }
    public String getPaidOn() { return paidOn; }
    public void setPaidOn(String paidOn) { this.paidOn = paidOn; }
}
