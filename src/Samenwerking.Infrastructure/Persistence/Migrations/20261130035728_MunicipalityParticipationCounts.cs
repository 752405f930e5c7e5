using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Samenwerking.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MunicipalityParticipationCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "municipality_participation_counts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    municipality_code = table.Column<string>(type: "character(6)", fixedLength: true, maxLength: 6, nullable: false),
                    active = table.Column<int>(type: "integer", nullable: false),
                    participations = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_municipality_participation_counts", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_municipality_participation_counts_municipality_code",
                table: "municipality_participation_counts",
                column: "municipality_code")
                .Annotation("Npgsql:IndexInclude", new[] { "active", "participations" });

            // Every change to a participation appends its differences instead of updating one row per municipality:
            // two transactions that touch the same municipalities in another order would otherwise deadlock on those
            // rows, and every create involving a busy municipality would wait for the previous one to commit. The
            // database does it, so no writer (the aggregate, the register import, a script) can forget it.
            migrationBuilder.Sql("""
                CREATE FUNCTION participation_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        INSERT INTO municipality_participation_counts (municipality_code, active, participations)
                        VALUES (OLD.municipality_code, -(OLD.left_on IS NULL)::int, -1);
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO municipality_participation_counts (municipality_code, active, participations)
                        VALUES (NEW.municipality_code, (NEW.left_on IS NULL)::int, 1);
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER participation_counts_follow_rows
                    AFTER INSERT OR DELETE ON participants
                    FOR EACH ROW EXECUTE FUNCTION participation_counts_follow();

                CREATE TRIGGER participation_counts_follow_changes
                    AFTER UPDATE OF municipality_code, left_on ON participants
                    FOR EACH ROW
                    WHEN (OLD.municipality_code IS DISTINCT FROM NEW.municipality_code OR OLD.left_on IS DISTINCT FROM NEW.left_on)
                    EXECUTE FUNCTION participation_counts_follow();

                -- Replaces each municipality's rows by their sum, in one statement, so a reader sees the rows before
                -- or after and always the same sum; rows appended meanwhile are not in its snapshot and stay. One
                -- fold at a time: a fold that finds another running (another instance) skips its turn.
                CREATE FUNCTION fold_municipality_participation_counts() RETURNS integer LANGUAGE plpgsql AS $$
                DECLARE
                    folded integer;
                BEGIN
                    IF NOT pg_try_advisory_xact_lock(7253661042337002) THEN
                        RETURN 0;
                    END IF;
                    WITH gone AS (
                        DELETE FROM municipality_participation_counts
                        WHERE municipality_code IN (
                            SELECT municipality_code FROM municipality_participation_counts GROUP BY municipality_code HAVING count(*) > 1)
                        RETURNING municipality_code, active, participations)
                    INSERT INTO municipality_participation_counts (municipality_code, active, participations)
                    SELECT municipality_code, sum(active), sum(participations) FROM gone GROUP BY municipality_code;
                    GET DIAGNOSTICS folded = ROW_COUNT;
                    RETURN folded;
                END $$;

                INSERT INTO municipality_participation_counts (municipality_code, active, participations)
                SELECT municipality_code, count(*) FILTER (WHERE left_on IS NULL), count(*)
                FROM participants GROUP BY municipality_code;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP FUNCTION fold_municipality_participation_counts();
                DROP TRIGGER participation_counts_follow_changes ON participants;
                DROP TRIGGER participation_counts_follow_rows ON participants;
                DROP FUNCTION participation_counts_follow();
                """);

            migrationBuilder.DropTable(
                name: "municipality_participation_counts");
        }
    }
}
