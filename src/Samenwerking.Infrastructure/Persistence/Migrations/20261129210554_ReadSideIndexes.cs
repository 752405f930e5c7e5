using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ReadSideIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "ix_participants_active_municipality_collaboration",
                table: "participants",
                columns: new[] { "municipality_code", "collaboration_id" },
                filter: "left_on IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_created_at_id",
                table: "collaborations",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_name_for_search",
                table: "collaborations",
                column: "name_for_search")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_participants_active_municipality_collaboration",
                table: "participants");

            migrationBuilder.DropIndex(
                name: "ix_collaborations_created_at_id",
                table: "collaborations");

            migrationBuilder.DropIndex(
                name: "ix_collaborations_name_for_search",
                table: "collaborations");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
