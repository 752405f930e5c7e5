using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ListsAtScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_collaborations_phase",
                table: "collaborations");

            migrationBuilder.AddColumn<string>(
                name: "collaboration_name_for_search",
                table: "participants",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            // The database keeps the copy, so no writer (the aggregate, the register import, a script) can forget it:
            // a participant takes its collaboration's folded name when it is inserted, and a renamed collaboration
            // passes the new name to its participants in the same transaction.
            migrationBuilder.Sql("""
                CREATE FUNCTION participant_takes_collaboration_name() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.collaboration_name_for_search :=
                        (SELECT c.name_for_search FROM collaborations AS c WHERE c.id = NEW.collaboration_id);
                    RETURN NEW;
                END $$;

                CREATE TRIGGER participant_takes_collaboration_name
                    BEFORE INSERT OR UPDATE OF collaboration_id ON participants
                    FOR EACH ROW EXECUTE FUNCTION participant_takes_collaboration_name();

                CREATE FUNCTION collaboration_name_to_participants() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE participants SET collaboration_name_for_search = NEW.name_for_search
                    WHERE collaboration_id = NEW.id;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER collaboration_name_to_participants
                    AFTER UPDATE OF name_for_search ON collaborations
                    FOR EACH ROW WHEN (OLD.name_for_search IS DISTINCT FROM NEW.name_for_search)
                    EXECUTE FUNCTION collaboration_name_to_participants();

                UPDATE participants AS p SET collaboration_name_for_search = c.name_for_search
                FROM collaborations AS c WHERE c.id = p.collaboration_id;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_participants_active_municipality_name",
                table: "participants",
                columns: new[] { "municipality_code", "collaboration_name_for_search", "joined_on", "id" },
                filter: "left_on IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "collaboration_id", "role" });

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_phase_legal_instrument",
                table: "collaborations",
                columns: new[] { "phase", "legal_instrument" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER collaboration_name_to_participants ON collaborations;
                DROP FUNCTION collaboration_name_to_participants();
                DROP TRIGGER participant_takes_collaboration_name ON participants;
                DROP FUNCTION participant_takes_collaboration_name();
                """);

            migrationBuilder.DropIndex(
                name: "ix_participants_active_municipality_name",
                table: "participants");

            migrationBuilder.DropIndex(
                name: "ix_collaborations_phase_legal_instrument",
                table: "collaborations");

            migrationBuilder.DropColumn(
                name: "collaboration_name_for_search",
                table: "participants");

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_phase",
                table: "collaborations",
                column: "phase");
        }
    }
}
