using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Samenwerking.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CollaborationCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "collaboration_counts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    phase = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    legal_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    legal_instrument = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    collaborations = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collaboration_counts", x => x.id);
                });

            // As the municipalities' participation counts (migration MunicipalityParticipationCounts): every insert,
            // delete and change of phase, legal kind or legal instrument appends its differences, in the transaction
            // that makes it, and the fold replaces all rows by one per combination. Rows that add up to nothing go.
            migrationBuilder.Sql("""
                CREATE FUNCTION collaboration_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        INSERT INTO collaboration_counts (phase, legal_kind, legal_instrument, collaborations)
                        VALUES (OLD.phase, OLD.legal_kind, OLD.legal_instrument, -1);
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN
                        INSERT INTO collaboration_counts (phase, legal_kind, legal_instrument, collaborations)
                        VALUES (NEW.phase, NEW.legal_kind, NEW.legal_instrument, 1);
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER collaboration_counts_follow_rows
                    AFTER INSERT OR DELETE ON collaborations
                    FOR EACH ROW EXECUTE FUNCTION collaboration_counts_follow();

                CREATE TRIGGER collaboration_counts_follow_changes
                    AFTER UPDATE OF phase, legal_kind, legal_instrument ON collaborations
                    FOR EACH ROW
                    WHEN (OLD.phase IS DISTINCT FROM NEW.phase OR OLD.legal_kind IS DISTINCT FROM NEW.legal_kind
                          OR OLD.legal_instrument IS DISTINCT FROM NEW.legal_instrument)
                    EXECUTE FUNCTION collaboration_counts_follow();

                CREATE FUNCTION fold_collaboration_counts() RETURNS integer LANGUAGE plpgsql AS $$
                DECLARE
                    folded integer := 0;
                BEGIN
                    IF NOT pg_try_advisory_xact_lock(7253661042337003) THEN
                        RETURN 0;
                    END IF;
                    IF EXISTS (SELECT 1 FROM collaboration_counts
                               GROUP BY phase, legal_kind, legal_instrument HAVING count(*) > 1 OR sum(collaborations) = 0) THEN
                        WITH gone AS (
                            DELETE FROM collaboration_counts RETURNING phase, legal_kind, legal_instrument, collaborations)
                        INSERT INTO collaboration_counts (phase, legal_kind, legal_instrument, collaborations)
                        SELECT phase, legal_kind, legal_instrument, sum(collaborations) FROM gone
                        GROUP BY phase, legal_kind, legal_instrument HAVING sum(collaborations) <> 0;
                        GET DIAGNOSTICS folded = ROW_COUNT;
                    END IF;
                    RETURN folded;
                END $$;

                INSERT INTO collaboration_counts (phase, legal_kind, legal_instrument, collaborations)
                SELECT phase, legal_kind, legal_instrument, count(*) FROM collaborations
                GROUP BY phase, legal_kind, legal_instrument;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP FUNCTION fold_collaboration_counts();
                DROP TRIGGER collaboration_counts_follow_changes ON collaborations;
                DROP TRIGGER collaboration_counts_follow_rows ON collaborations;
                DROP FUNCTION collaboration_counts_follow();
                """);

            migrationBuilder.DropTable(
                name: "collaboration_counts");
        }
    }
}
