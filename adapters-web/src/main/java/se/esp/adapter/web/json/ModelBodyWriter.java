package se.esp.adapter.web.json;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import se.esp.adapter.common.json.JsonWriter;

/**
 * Writes the API's response models (records) as JSON with the one writer every channel uses, so what a resource
 * returns is exactly what the OpenAPI document describes (the document is generated from the same records).
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public class ModelBodyWriter implements MessageBodyWriter<Record> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Record.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Record model, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(JsonWriter.write(model).getBytes(StandardCharsets.UTF_8));
    }
}
