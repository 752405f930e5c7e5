using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// A collaboration can end (opheffing): its date and reason beside its phase. Lists leave ended collaborations out by
    /// default, so the read models the database keeps for them follow: the totals per phase and legal form count only
    /// collaborations that go on, and the words of an ended collaboration's name leave the search index (a list that asks
    /// for ended ones matches names as a pattern). Withdrawing a dissolution brings both back.
    /// </summary>
    public partial class CollaborationEnd : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "end_reason",
                table: "collaborations",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ended_on",
                table: "collaborations",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_ended",
                table: "collaborations",
                column: "ended_on",
                filter: "ended_on IS NOT NULL");

            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION collaboration_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.ended_on IS NULL THEN
                        INSERT INTO collaboration_counts (phase, legal_kind, legal_instrument, collaborations)
                        VALUES (OLD.phase, OLD.legal_kind, OLD.legal_instrument, -1);
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.ended_on IS NULL THEN
                        INSERT INTO collaboration_counts (phase, legal_kind, legal_instrument, collaborations)
                        VALUES (NEW.phase, NEW.legal_kind, NEW.legal_instrument, 1);
                    END IF;
                    RETURN NULL;
                END $$;

                DROP TRIGGER collaboration_counts_follow_changes ON collaborations;
                CREATE TRIGGER collaboration_counts_follow_changes
                    AFTER UPDATE OF phase, legal_kind, legal_instrument, ended_on ON collaborations
                    FOR EACH ROW
                    WHEN (OLD.phase IS DISTINCT FROM NEW.phase OR OLD.legal_kind IS DISTINCT FROM NEW.legal_kind
                          OR OLD.legal_instrument IS DISTINCT FROM NEW.legal_instrument OR OLD.ended_on IS DISTINCT FROM NEW.ended_on)
                    EXECUTE FUNCTION collaboration_counts_follow();

                CREATE FUNCTION collaboration_name_words_follow_ends() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM collaboration_name_words WHERE collaboration_id = NEW.id;
                    IF NEW.ended_on IS NULL THEN
                        PERFORM keep_name_words(ARRAY[NEW.id], ARRAY[NEW.name_for_search::text]);
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER collaboration_name_words_follow_ends
                    AFTER UPDATE OF ended_on ON collaborations
                    FOR EACH ROW WHEN ((OLD.ended_on IS NULL) <> (NEW.ended_on IS NULL))
                    EXECUTE FUNCTION collaboration_name_words_follow_ends();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Ended collaborations count and are found by their words again, as they were before they could end.
            migrationBuilder.Sql("""
                INSERT INTO collaboration_counts (phase, legal_kind, legal_instrument, collaborations)
                SELECT phase, legal_kind, legal_instrument, 1 FROM collaborations WHERE ended_on IS NOT NULL;
                SELECT keep_name_words(array_agg(id), array_agg(name_for_search::text)) FROM collaborations WHERE ended_on IS NOT NULL;

                DROP TRIGGER collaboration_name_words_follow_ends ON collaborations;
                DROP FUNCTION collaboration_name_words_follow_ends();

                DROP TRIGGER collaboration_counts_follow_changes ON collaborations;
                CREATE TRIGGER collaboration_counts_follow_changes
                    AFTER UPDATE OF phase, legal_kind, legal_instrument ON collaborations
                    FOR EACH ROW
                    WHEN (OLD.phase IS DISTINCT FROM NEW.phase OR OLD.legal_kind IS DISTINCT FROM NEW.legal_kind
                          OR OLD.legal_instrument IS DISTINCT FROM NEW.legal_instrument)
                    EXECUTE FUNCTION collaboration_counts_follow();

                CREATE OR REPLACE FUNCTION collaboration_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
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
                """);

            migrationBuilder.DropIndex(
                name: "ix_collaborations_ended",
                table: "collaborations");

            migrationBuilder.DropColumn(
                name: "end_reason",
                table: "collaborations");

            migrationBuilder.DropColumn(
                name: "ended_on",
                table: "collaborations");
        }
    }
}
