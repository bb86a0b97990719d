package io.shoppable.cli;

import io.shoppable.persistence.TestDatabase;
import io.shoppable.recommendation.evaluation.EvaluationRow;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CI-sized offline evaluation on the real engine and PostgreSQL (docs/evaluation.md): the feed must
 * rank at least twice as well as the most-popular baseline, beat every baseline, never repeat an item
 * across 10 pages and never break a diversity rule.
 */
class EvaluationTest {

    @Test
    void the_engine_beats_every_baseline_without_repeats_or_diversity_violations() {
        TestDatabase.reset();
        List<EvaluationRow> rows = MarketplaceEvaluation.run(TestDatabase.jdbi(), 120, 7, 12, ProgressBar.silent());
        var engine = rows.get(0);
        var random = rows.get(2);
        var popular = rows.get(3);
        var newest = rows.get(4);

        assertThat(engine.ndcg10()).as(table(rows)).isGreaterThanOrEqualTo(2 * popular.ndcg10())
                .isGreaterThan(random.ndcg10()).isGreaterThan(newest.ndcg10());
        assertThat(engine.repeatRate()).as(table(rows)).isZero();
        assertThat(engine.diversityViolations()).as(table(rows)).isZero();
        assertThat(rows.get(1).repeatRate()).isZero();
    }

    private static String table(List<EvaluationRow> rows) {
        var text = new StringBuilder(EvaluationRow.HEADER).append('\n');
        rows.forEach(row -> text.append(row.line()).append('\n'));
        return text.toString();
    }
}
