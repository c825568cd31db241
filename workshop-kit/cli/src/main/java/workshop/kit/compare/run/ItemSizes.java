package workshop.kit.compare.run;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Item sizes as DynamoDB bills them: the lengths of the attribute names plus their values. */
final class ItemSizes {
    private ItemSizes() {}

    static long sizeOf(Map<String, AttributeValue> item) {
        long size = 0;
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            size += utf8(attribute.getKey()) + sizeOf(attribute.getValue());
        }
        return size;
    }

    private static long sizeOf(AttributeValue value) {
        if (value.s() != null) {
            return utf8(value.s());
        }
        if (value.n() != null) {
            // Up to 38 significant digits, stored two to a byte, plus one byte.
            long digits = value.n().chars().filter(Character::isDigit).count();
            return (digits + 1) / 2 + 1;
        }
        if (value.b() != null) {
            return value.b().asByteArray().length;
        }
        if (value.bool() != null || value.nul() != null) {
            return 1;
        }
        if (value.hasM()) {
            return 3 + sizeOf(value.m());
        }
        if (value.hasL()) {
            return 3
                    + value.l().stream()
                            .mapToLong(element -> 1 + sizeOf(element))
                            .sum();
        }
        if (value.hasSs()) {
            return value.ss().stream().mapToLong(ItemSizes::utf8).sum();
        }
        return utf8(value.toString()); // number and binary sets: not used by the service; a rough size
    }

    private static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
