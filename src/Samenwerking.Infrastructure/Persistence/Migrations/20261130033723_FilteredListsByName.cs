using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class FilteredListsByName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_collaborations_phase_legal_instrument",
                table: "collaborations");

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_phase_legal_instrument_name",
                table: "collaborations",
                columns: new[] { "phase", "legal_instrument", "name_for_search", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_collaborations_phase_legal_instrument_name",
                table: "collaborations");

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_phase_legal_instrument",
                table: "collaborations",
                columns: new[] { "phase", "legal_instrument" });
        }
    }
}
