using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class NamesInCodePointOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // PostgreSQL will not change a column that a trigger's condition names: the two triggers that follow a
            // rename (migrations ListsAtScale and NameWords) step aside while the names change collation.
            migrationBuilder.Sql(DropRenameTriggers);

            migrationBuilder.AlterColumn<string>(
                name: "collaboration_name_for_search",
                table: "participants",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "name_for_search",
                table: "collaborations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "name_for_search",
                table: "collaboration_name_words",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.Sql(CreateRenameTriggers);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DropRenameTriggers);

            migrationBuilder.AlterColumn<string>(
                name: "collaboration_name_for_search",
                table: "participants",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "name_for_search",
                table: "collaborations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldCollation: "C");

            migrationBuilder.AlterColumn<string>(
                name: "name_for_search",
                table: "collaboration_name_words",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldCollation: "C");

            migrationBuilder.Sql(CreateRenameTriggers);
        }

        private const string DropRenameTriggers = """
            DROP TRIGGER collaboration_name_to_participants ON collaborations;
            DROP TRIGGER collaboration_name_words_follow_renames ON collaborations;
            """;

        private const string CreateRenameTriggers = """
            CREATE TRIGGER collaboration_name_to_participants
                AFTER UPDATE OF name_for_search ON collaborations
                FOR EACH ROW WHEN (OLD.name_for_search IS DISTINCT FROM NEW.name_for_search)
                EXECUTE FUNCTION collaboration_name_to_participants();

            CREATE TRIGGER collaboration_name_words_follow_renames
                AFTER UPDATE OF name_for_search ON collaborations
                FOR EACH ROW WHEN (OLD.name_for_search IS DISTINCT FROM NEW.name_for_search)
                EXECUTE FUNCTION collaboration_name_words_follow_renames();
            """;
    }
}
