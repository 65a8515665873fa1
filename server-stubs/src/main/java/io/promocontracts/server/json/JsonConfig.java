package io.promocontracts.server.json;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** JSON as the specs write it (timestamps, whole numbers), each answer sent whole ({@link WholeAnswerConverter}). */
@Configuration(proxyBeanMethods = false)
public class JsonConfig implements WebMvcConfigurer {

    private final ObjectProvider<JsonMapper> json;

    public JsonConfig(ObjectProvider<JsonMapper> json) {
        this.json = json;
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.addCustomConverter(new WholeAnswerConverter(json.getObject()));
    }

    /** Timestamps are UTC with exactly six fractional digits, e.g. {@code 2025-05-15T18:12:07.309203Z}. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    @Bean
    JsonMapperBuilderCustomizer specNumbersAndTimestamps() {
        return builder -> builder.addModule(new SimpleModule("specs").addSerializer(new TimestampSerializer())
                .addSerializer(Double.class, new WholeNumberSerializer()).addSerializer(double.class, new WholeNumberSerializer()));
    }

    /** A whole number is written as one, {@code 25} rather than {@code 25.0}: as the specs' examples and Flex's pages write a percentage. */
    private static final class WholeNumberSerializer extends StdSerializer<Double> {

        private static final double LARGEST_EXACT = 9007199254740991d;

        WholeNumberSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator generator, SerializationContext context) {
            if (value == Math.rint(value) && Math.abs(value) <= LARGEST_EXACT) {
                generator.writeNumber(value.longValue());
            } else {
                generator.writeNumber(value);
            }
        }
    }

    private static final class TimestampSerializer extends StdSerializer<OffsetDateTime> {

        TimestampSerializer() {
            super(OffsetDateTime.class);
        }

        @Override
        public void serialize(OffsetDateTime value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(TIMESTAMP.format(value.withOffsetSameInstant(ZoneOffset.UTC)));
        }
    }
}
