package org.influencegraph.graph;

import java.util.List;
import org.neo4j.driver.Record;

/**
 * One row of an answer that {@link Graph#read}, {@link Graph#write} or {@link Graph#readOnce} hands to a caller's
 * mapper, read by column name: the driver's record stays inside the graph package.
 */
public final class Row {

    private final Record record;

    Row(Record record) {
        this.record = record;
    }

    /** The value of {@code column}; a null {@link Field} when the row has no such column. */
    public Field get(String column) {
        return new Field(record.get(column));
    }

    /** The value of the column at {@code index}, counted from 0 in the order of the query's {@code RETURN}. */
    public Field get(int index) {
        return new Field(record.get(index));
    }

    /** The names of the columns, in the order of the query's {@code RETURN}. */
    public List<String> columns() {
        return record.keys();
    }

    @Override
    public String toString() {
        return record.toString();
    }
}
