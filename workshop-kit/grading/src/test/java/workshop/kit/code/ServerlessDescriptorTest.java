package workshop.kit.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerlessDescriptorTest {
    @Test
    void findsTheHandlerClass() {
        assertThat(ServerlessDescriptor.handlerClassIn(
                        "functions:\n  api:\n    handler: workshop.step1.Handler\n    events: []\n"))
                .hasValue("workshop.step1.Handler");
        assertThat(ServerlessDescriptor.handlerClassIn(
                        "    handler: 'workshop.step2.Handler::handleRequest' # AWS calls it\n"))
                .hasValue("workshop.step2.Handler");
        assertThat(ServerlessDescriptor.handlerClassIn("service: x\n")).isEmpty();
    }
}
