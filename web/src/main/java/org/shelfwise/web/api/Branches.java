package org.shelfwise.web.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The library's branches, for the forms that offer them (a hold's pick-up branch, the check-in desk's branch). When
 * circulation cannot list them just now, the forms offer none, and a hold is placed without a pick-up branch.
 */
@Component
public class Branches {

    private final Api api;

    Branches(Api api) {
        this.api = api;
    }

    public List<Branch> all(String token) {
        try {
            var branches = api.get(token, Branch[].class, "/api/branches");
            return branches == null ? List.of() : List.of(branches);
        } catch (ApiProblem unread) {
            if (unread.status() == 401) {
                throw unread;
            }
            return List.of();
        }
    }

    /** Each branch's name by its code. */
    public Map<String, String> names(String token) {
        return namesOf(all(token));
    }

    /** Each of these branches' name by its code. */
    public static Map<String, String> namesOf(List<Branch> branches) {
        return branches.stream().collect(Collectors.toMap(Branch::code, Branch::name, (a, b) -> a));
    }
}
