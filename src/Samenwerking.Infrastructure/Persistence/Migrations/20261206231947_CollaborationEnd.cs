using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// A collaboration can end (opheffing): its date and reason beside its phase. Lists leave ended collaborations out by
    /// default with a plain condition; the read models an earlier draft adjusted here are dropped by PlainReadSide.
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
