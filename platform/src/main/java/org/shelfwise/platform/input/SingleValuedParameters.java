package org.shelfwise.platform.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.problems.InvalidInput;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;

/**
 * Refuses a query parameter given more than once ({@code ?patronId=A&patronId=B}) where the operation takes one
 * value: Spring would otherwise join the values with a comma or keep the first, answering a question that was not
 * asked. Parameters declared as lists or arrays may repeat.
 */
public class SingleValuedParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        var errors = new ArrayList<FieldProblem>();
        for (MethodParameter parameter : method.getMethodParameters()) {
            String name = singleValuedName(parameter);
            if (name != null) {
                String[] values = request.getParameterValues(name);
                if (values != null && values.length > 1) {
                    errors.add(new FieldProblem(name, "single",
                            "must be given once, not " + values.length + " times"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return true;
    }

    /** The query parameter that {@code parameter} binds to one value, or null. */
    private static String singleValuedName(MethodParameter parameter) {
        Class<?> type = parameter.nestedIfOptional().getNestedParameterType();
        if (type.isArray() || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            return null;
        }
        RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
        if (annotation != null) {
            return annotation.name().isEmpty() ? parameter.getParameterName() : annotation.name();
        }
        // Spring binds an unannotated simple parameter (String, int, UUID, ...) to the query parameter of its name
        boolean bound = parameter.getParameterAnnotations().length == 0 && BeanUtils.isSimpleProperty(type);
        return bound ? parameter.getParameterName() : null;
    }
}
