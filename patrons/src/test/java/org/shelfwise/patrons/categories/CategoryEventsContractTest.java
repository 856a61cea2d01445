package org.shelfwise.patrons.categories;

import org.junit.jupiter.api.Test;
import org.shelfwise.events.patrons.CategoryChanged;
import org.shelfwise.platform.events.EventSamples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patrons service's side of its categories' contract: {@code CategoryChanged} carries every field of a category,
 * as the category itself was published before the type existed, in the shape of its golden sample.
 */
class CategoryEventsContractTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void publishesEveryFieldOfACategoryInTheShapeOfCategoryChanged() {
        var category = new Category("adult", "Adult", 10, 5, new BigDecimal("10.00"), 12);
        var event = new CategoryChanged(category.code(), category.name(), category.maxOpenLoans(), category.maxHolds(),
                category.maxFineBalance(), category.cardValidityMonths());
        EventSamples.assertSameShape(EventSamples.of(CategoryChanged.class), json.valueToTree(event));
        assertThat(json.<JsonNode>valueToTree(event)).isEqualTo(json.valueToTree(category));
    }
}
