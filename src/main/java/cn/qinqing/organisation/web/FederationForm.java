package cn.qinqing.organisation.web;

import cn.qinqing.organisation.FederationLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new subordinate federation (下级工商联), from the form or the API. */
record FederationForm(@NotNull Long parentId,
                      @NotBlank @Size(max = 100) String name,
                      @NotNull FederationLevel level,
                      @NotBlank @Pattern(regexp = "^[0-9]{6}$") String regionCode) {
}
