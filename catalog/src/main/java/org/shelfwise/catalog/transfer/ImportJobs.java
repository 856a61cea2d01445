package org.shelfwise.catalog.transfer;

import org.shelfwise.catalog.transfer.ImportReport.Problem;
import org.shelfwise.catalog.transfer.ImportReport.Progress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The import jobs. A runner claims a job with a lease (the database's clock, so instances' clocks need not agree),
 * renews it while it works, and each batch's checkpoint holds only while its lease does: a runner that lost its
 * job to a takeover or a cancellation cannot commit another batch of it.
 */
@Repository
class ImportJobs {

    /** A job as its runner holds it: under {@code owner}'s lease, from the checkpoint it was claimed at. */
    record Claim(UUID id, String owner, String format, String items, long records, long bytes, int attempts) {
    }

    /** What one batch adds to the job's counts, and where it leaves the job's reading. */
    record Checkpoint(long records, long bytes, long created, long updated, long unchanged, long skipped, long rejected,
                      long warnings, long copies, long itemsRefused, long problems) {
    }

    private final JdbcClient jdbc;

    ImportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A queued job; with an {@code owner}, kept for it (the request that waits for it) under a first lease. */
    void create(UUID id, String format, String items, String createdBy, Instant now, String owner, Duration lease) {
        jdbc.sql("""
                insert into import_job (id, state, format, items, total_bytes, created_by, created_at, owner, lease_until)
                values (?, 'QUEUED', ?, ?, 0, ?, ?, ?, case when ? then now() + make_interval(secs => ?) end)""")
                .params(id, format, items, createdBy, Timestamp.from(now), owner, owner != null, lease.toSeconds())
                .update();
    }

    void sized(UUID id, long bytes, Long records) {
        jdbc.sql("update import_job set total_bytes = ?, total_records = ? where id = ?").params(bytes, records, id).update();
    }

    /** Claims the oldest job no live lease holds (queued, or running under a lease that expired), if any. */
    Optional<Claim> claimNext(String owner, Duration lease) {
        return jdbc.sql("""
                update import_job set state = 'RUNNING', owner = :owner, attempts = attempts + 1,
                    lease_until = now() + make_interval(secs => :lease), started_at = coalesce(started_at, now())
                where id = (select id from import_job
                            where state in ('QUEUED', 'RUNNING') and (lease_until is null or lease_until < now())
                            order by created_at limit 1 for update skip locked)
                returning *""").param("owner", owner).param("lease", lease.toSeconds())
                .query(ImportJobs::claim).optional();
    }

    /** Claims the job its waiting request queued for itself. */
    Optional<Claim> claim(UUID id, String owner, Duration lease) {
        return jdbc.sql("""
                update import_job set state = 'RUNNING', owner = :owner, attempts = attempts + 1,
                    lease_until = now() + make_interval(secs => :lease), started_at = coalesce(started_at, now())
                where id = :id and state = 'QUEUED' and owner = :owner returning *""")
                .param("id", id).param("owner", owner).param("lease", lease.toSeconds()).query(ImportJobs::claim).optional();
    }

    /** Extends the lease; false when the job is no longer this owner's (taken over, cancelled, ended). */
    boolean renew(Claim claim, Duration lease) {
        return jdbc.sql("""
                update import_job set lease_until = now() + make_interval(secs => :lease)
                where id = :id and owner = :owner and state = 'RUNNING'""")
                .param("id", claim.id()).param("owner", claim.owner()).param("lease", lease.toSeconds()).update() == 1;
    }

    /** Moves the job on by one batch, in the batch's transaction; false when the job is no longer this owner's. */
    boolean checkpoint(Claim claim, Checkpoint c, Duration lease) {
        return jdbc.sql("""
                update import_job set records_read = :records, bytes_read = :bytes, created = created + :created,
                    updated = updated + :updated, unchanged = unchanged + :unchanged, skipped = skipped + :skipped,
                    rejected = rejected + :rejected, warnings = warnings + :warnings, copies = copies + :copies,
                    items_refused = items_refused + :itemsRefused, problems = problems + :problems,
                    lease_until = now() + make_interval(secs => :lease)
                where id = :id and owner = :owner and state = 'RUNNING'""")
                .param("records", c.records()).param("bytes", c.bytes()).param("created", c.created())
                .param("updated", c.updated()).param("unchanged", c.unchanged()).param("skipped", c.skipped())
                .param("rejected", c.rejected()).param("warnings", c.warnings()).param("copies", c.copies())
                .param("itemsRefused", c.itemsRefused()).param("problems", c.problems())
                .param("lease", lease.toSeconds()).param("id", claim.id()).param("owner", claim.owner()).update() == 1;
    }

    /** The number the next problem of this job gets (its problems so far). */
    long problemsSoFar(UUID id) {
        return jdbc.sql("select problems from import_job where id = ?").param(id).query(Long.class).single();
    }

    void addProblems(UUID id, long firstSeq, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        int n = problems.size();
        var seqs = new Long[n];
        var records = new Long[n];
        var offsets = new Long[n];
        String[] kinds = new String[n], fields = new String[n], rules = new String[n], messages = new String[n];
        for (int i = 0; i < n; i++) {
            var p = problems.get(i);
            seqs[i] = firstSeq + i;
            records[i] = p.record();
            offsets[i] = p.offset();
            kinds[i] = p.kind();
            fields[i] = p.field();
            rules[i] = p.rule();
            messages[i] = p.message();
        }
        jdbc.sql("""
                insert into import_problem (job_id, seq, record, byte_offset, kind, field, rule, message)
                select :id, r.* from unnest(cast(:seqs as bigint[]), cast(:records as bigint[]), cast(:offsets as bigint[]),
                                            cast(:kinds as text[]), cast(:fields as text[]), cast(:rules as text[]),
                                            cast(:messages as text[])) as r""")
                .param("id", id).param("seqs", seqs).param("records", records).param("offsets", offsets)
                .param("kinds", kinds).param("fields", fields).param("rules", rules).param("messages", messages)
                .update();
    }

    /** Ends the job its owner ran to the end (or gave up on, with a reason); false when it was no longer its. */
    boolean end(Claim claim, ImportState state, String failure) {
        return jdbc.sql("""
                update import_job set state = :state, failure = :failure, finished_at = now(), owner = null,
                    lease_until = null
                where id = :id and owner = :owner and state = 'RUNNING'""")
                .param("state", state.name()).param("failure", failure).param("id", claim.id())
                .param("owner", claim.owner()).update() == 1;
    }

    /** Gives the job back for another runner to claim at once (this one could not go on). */
    void release(Claim claim) {
        jdbc.sql("update import_job set owner = null, lease_until = null where id = ? and owner = ? and state = 'RUNNING'")
                .params(claim.id(), claim.owner()).update();
    }

    /** Cancels a job that has not ended; false when it had. */
    boolean cancel(UUID id) {
        return jdbc.sql("""
                update import_job set state = 'CANCELLED', finished_at = now(), owner = null, lease_until = null
                where id = ? and state in ('QUEUED', 'RUNNING')""").param(id).update() == 1;
    }

    Optional<ImportReport> find(UUID id, int listed) {
        var problems = problems(id, listed);
        return jdbc.sql("select * from import_job where id = ?").param(id)
                .query((rs, row) -> report(rs, problems)).optional();
    }

    List<Problem> problems(UUID id, int limit) {
        return jdbc.sql("select * from import_problem where job_id = ? order by seq limit ?").params(id, limit)
                .query((rs, row) -> new Problem(rs.getLong("record"), rs.getString("field"), rs.getString("rule"),
                        rs.getString("message"), (Long) rs.getObject("byte_offset"), rs.getString("kind"))).list();
    }

    /** Every problem of the job, in order, streamed. */
    void eachProblem(UUID id, Consumer<Problem> each) {
        jdbc.sql("select * from import_problem where job_id = ? order by seq").param(id)
                .query(rs -> {
                    each.accept(new Problem(rs.getLong("record"), rs.getString("field"), rs.getString("rule"),
                            rs.getString("message"), (Long) rs.getObject("byte_offset"), rs.getString("kind")));
                });
    }

    private static Claim claim(ResultSet rs, int row) throws SQLException {
        return new Claim(rs.getObject("id", UUID.class), rs.getString("owner"), rs.getString("format"),
                rs.getString("items"), rs.getLong("records_read"), rs.getLong("bytes_read"), rs.getInt("attempts"));
    }

    private static ImportReport report(ResultSet rs, List<Problem> problems) throws SQLException {
        return new ImportReport(rs.getObject("id", UUID.class), rs.getString("state").toLowerCase(),
                rs.getString("format"), rs.getString("items"), rs.getLong("records_read"),
                new Progress(rs.getLong("records_read"), (Long) rs.getObject("total_records"), rs.getLong("bytes_read"),
                        rs.getLong("total_bytes")),
                rs.getLong("created"), rs.getLong("updated"), rs.getLong("unchanged"), rs.getLong("skipped"),
                rs.getLong("rejected"), rs.getLong("warnings"), rs.getLong("copies"), rs.getLong("items_refused"),
                rs.getLong("problems"), rs.getString("failure"), instant(rs, "created_at"), instant(rs, "started_at"),
                instant(rs, "finished_at"), problems);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
