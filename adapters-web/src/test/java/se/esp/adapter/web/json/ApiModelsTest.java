package se.esp.adapter.web.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.esp.adapter.common.testing.ApiModelRules;

/** Every request and response model of the REST API follows the rules that keep the OpenAPI document honest. */
class ApiModelsTest {

    @Test
    void everyModelOfTheWebAdapterIsFullyDescribed() {
        assertThat(ApiModelRules.brokenRules(ModelBodyWriter.class)).isEmpty();
    }
}
