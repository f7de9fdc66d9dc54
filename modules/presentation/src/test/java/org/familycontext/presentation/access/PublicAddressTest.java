package org.familycontext.presentation.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.Optional;
import org.familycontext.kernel.CouncilId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicAddressTest {

    private static final CouncilId LEEDS = new CouncilId("leeds");

    @Test
    void theConfiguredAddressWinsOverTheRequest() {
        PublicAddress address = new PublicAddress(Optional.of(URI.create("https://familycontext.example.gov.uk/")));

        assertThat(address.callback(request("http", "internal-pod", 9080), LEEDS))
                .hasToString("https://familycontext.example.gov.uk/t/leeds/sign-in/callback");
        assertThat(address.origin(request("http", "internal-pod", 9080))).isEqualTo("https://familycontext.example.gov.uk");
        assertThat(address.https()).isTrue();
    }

    @Test
    void withoutOneTheRequestsAddressIsUsedWithoutUsualPorts() {
        PublicAddress address = new PublicAddress(Optional.empty());

        assertThat(address.origin(request("http", "127.0.0.1", 9080))).isEqualTo("http://127.0.0.1:9080");
        assertThat(address.origin(request("https", "fc.example", 443))).isEqualTo("https://fc.example");
        assertThat(address.signedOut(request("http", "localhost", 80), LEEDS)).hasToString("http://localhost/t/leeds/signed-out");
        assertThat(address.https()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://fc.example/family-context", "ftp://fc.example", "https://fc.example/?x=1", "fc.example",
        "https://user@fc.example"})
    void refusesAnythingButASchemeAndHost(String url) {
        assertThatThrownBy(() -> new PublicAddress(Optional.of(URI.create(url)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fc.public-url");
    }

    private static HttpServletRequest request(String scheme, String host, int port) {
        return (HttpServletRequest) Proxy.newProxyInstance(PublicAddressTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getScheme" -> scheme;
                    case "getServerName" -> host;
                    case "getServerPort" -> port;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
