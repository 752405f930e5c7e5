using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HerindelingAndPlannedLearning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "successor_code",
                table: "municipalities",
                type: "character(6)",
                fixedLength: true,
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "attendance",
                table: "development_activities",
                type: "jsonb",
                nullable: false,
                // Activities recorded before planning existed were held, with no attendance per municipality.
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "development_activities",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Gehouden");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "successor_code",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "attendance",
                table: "development_activities");

            migrationBuilder.DropColumn(
                name: "status",
                table: "development_activities");
        }
    }
}
