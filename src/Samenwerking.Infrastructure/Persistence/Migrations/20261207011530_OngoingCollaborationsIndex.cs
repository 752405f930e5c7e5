using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OngoingCollaborationsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_collaborations_ongoing",
                table: "collaborations",
                column: "id",
                filter: "ended_on IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_collaborations_ongoing",
                table: "collaborations");
        }
    }
}
