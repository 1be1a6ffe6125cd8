package cn.qinqing.member.web;

import cn.qinqing.member.PostDraft;
import cn.qinqing.member.PostLevel;
import cn.qinqing.shared.web.ValidationException;
import cn.qinqing.shared.web.ValidationException.FieldError;
import java.util.ArrayList;

/** A post held (人大代表, 政协委员, 工商联执委 ...) as entered: title, level, term and dates as text. */
public class PostForm {

    private String title;
    private String level;
    private String term;
    private String startedOn;
    private String endedOn;

    /** The draft; text that cannot be read (an unknown level, a bad date) is a 400 with field errors. */
    PostDraft toDraft() {
        var errors = new ArrayList<FieldError>();
        var parsedLevel = Inputs.enumValue(PostLevel.class, level, "level", "member.post.level.unknown", errors);
        var started = Inputs.date(startedOn, "startedOn", errors);
        var ended = Inputs.date(endedOn, "endedOn", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new PostDraft(title, parsedLevel, term, started, ended);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getTerm() { return term; }
    public void setTerm(String term) { this.term = term; }
    public String getStartedOn() { return startedOn; }
    public void setStartedOn(String startedOn) { this.startedOn = startedOn; }
    public String getEndedOn() { return endedOn; }
    public void setEndedOn(String endedOn) { this.endedOn = endedOn; }
}
