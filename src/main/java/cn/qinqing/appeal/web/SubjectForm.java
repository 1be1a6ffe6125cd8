package cn.qinqing.appeal.web;

import java.util.ArrayList;
import java.util.List;

/** A subject as entered on the registry page: code (optional), name and the categories offering it. */
public class SubjectForm {

    private String code;
    private String name;
    private List<String> categories = new ArrayList<>();

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public List<String> getCategories() { return categories; }
    public void setCategories(List<String> categories) { this.categories = categories; }
}
