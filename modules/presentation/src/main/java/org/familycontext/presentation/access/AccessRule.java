package org.familycontext.presentation.access;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.familycontext.identity.Role;

/**
 * The access rule a resource method declares (on itself, or else on its class): public, any
 * signed-in user, or signed-in with one of some roles. None declared means no access.
 *
 * @param open  true when anyone may come in
 * @param roles the roles that may come in, when not open (all roles for {@link SignedIn})
 */
record AccessRule(boolean open, Set<Role> roles) {

    static Optional<AccessRule> of(Method method, Class<?> resource) {
        return declared(method).or(() -> declared(resource));
    }

    private static Optional<AccessRule> declared(AnnotatedElement element) {
        if (element.isAnnotationPresent(Public.class)) {
            return Optional.of(new AccessRule(true, Set.of()));
        }
        if (element.isAnnotationPresent(SignedIn.class)) {
            return Optional.of(new AccessRule(false, EnumSet.allOf(Role.class)));
        }
        Allowed allowed = element.getAnnotation(Allowed.class);
        if (allowed != null && allowed.value().length > 0) {
            return Optional.of(new AccessRule(false, Set.of(allowed.value())));
        }
        return Optional.empty();
    }
}
