package org.familycontext.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StackTest {

    @Test
    void stopsInReverseOrderOnceEvenIfOneFails() {
        List<String> stopped = new ArrayList<>();
        Stack stack = new Stack();
        stack.add(() -> stopped.add("database"));
        stack.add(() -> {
            stopped.add("server");
            throw new IllegalStateException("stuck");
        });
        stack.add(() -> stopped.add("browser"));

        stack.close();
        stack.close();

        assertThat(stopped).containsExactly("browser", "server", "database");
    }
}
