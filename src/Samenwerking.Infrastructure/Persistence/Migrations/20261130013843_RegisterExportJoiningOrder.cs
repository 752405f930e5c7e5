using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RegisterExportJoiningOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_participants_active_joining_order",
                table: "participants",
                columns: new[] { "collaboration_id", "joined_on", "ordinal" },
                filter: "left_on IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "municipality_code", "role" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_participants_active_joining_order",
                table: "participants");
        }
    }
}
