package cn.qinqing.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Marks a JSON API controller under {@code /api/v1}: its errors become problem details. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
@RequestMapping
public @interface ApiController {

    /** The path under which the controller answers, starting with {@code /api/v1}. */
    @AliasFor(annotation = RequestMapping.class, attribute = "path")
    String[] value() default {};
}
