package org.shelfwise.catalog.transfer;

import org.junit.jupiter.api.Test;
import org.marc4j.marc.MarcFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XmlRecordQueueTest {

    @Test
    void handsOverEveryRecordParsedBeforeTheParsersError() {
        var queue = new XmlRecordQueue();
        var record = MarcFactory.newInstance().newRecord();
        queue.push(record);
        queue.passException(new IllegalArgumentException("bad XML"));
        assertThat(queue.hasNext()).isTrue();
        assertThat(queue.pop()).isSameAs(record);
        assertThatThrownBy(queue::hasNext).hasMessage("bad XML");
    }

    @Test
    void aReaderThatStopsStopsTheParserAtItsNextRecord() {
        var queue = new XmlRecordQueue();
        queue.abandon();
        assertThatThrownBy(() -> queue.push(MarcFactory.newInstance().newRecord())).isInstanceOf(IllegalStateException.class);
    }
}
