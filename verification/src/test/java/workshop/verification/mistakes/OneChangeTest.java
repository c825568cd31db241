package workshop.verification.mistakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OneChangeTest {
    private static final String SOURCE = String.join(
            "\n",
            "class A {",
            "  void add() {",
            "    table.put(m);",
            "    cache(m);",
            "  }",
            "  void remove() {",
            "    table.delete(m);",
            "  }",
            "}");

    @Test
    void linesAfterTheFirstKeepTheIndentationOfTheLineTheChangeStartsOn() {
        String changed = OneChange.apply(SOURCE, "table.put(m);\ncache(m);", "cache(m);\ntable.put(m);");
        assertThat(changed).contains("    cache(m);\n    table.put(m);\n  }");
    }

    @Test
    void aChangeMayStartInTheMiddleOfALine() {
        assertThat(OneChange.apply(SOURCE, "delete(m)", "delete(n)")).contains("    table.delete(n);");
    }

    @Test
    void textThatIsNotThereIsAnError() {
        assertThatThrownBy(() -> OneChange.apply(SOURCE, "table.update(m);", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("occurs 0 times");
    }

    @Test
    void textThatIsThereTwiceIsAnError() {
        assertThatThrownBy(() -> OneChange.apply(SOURCE, "(m);", "(n);"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("occurs 3 times");
    }

    @Test
    void aLineTheFormatterWrappedStillMatches() {
        String wrapped =
                "class B {\n    void set() {\n        SetResponse stored =\n                cache.set(\n                        name, key);\n    }\n}";
        assertThat(OneChange.apply(wrapped, "SetResponse stored = cache.set(name, key);", "cache.set(name, key);"))
                .isEqualTo("class B {\n    void set() {\n        cache.set(name, key);\n    }\n}");
    }

    @Test
    void twoWordsMustStayApart() {
        assertThatThrownBy(() -> OneChange.apply("int a = 1;", "inta = 1;", "x"))
                .hasMessageContaining("occurs 0 times");
    }

    @Test
    void aBlockMustMatchTokenForToken() {
        // Both lines exist, but not one right after the other.
        assertThatThrownBy(() -> OneChange.apply(SOURCE, "table.put(m);\n}", "x"))
                .hasMessageContaining("occurs 0 times");
    }
}
