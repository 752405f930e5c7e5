using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialMunicipalities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "municipalities",
                columns: table => new
                {
                    code = table.Column<string>(type: "character(6)", fixedLength: true, maxLength: 6, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_for_search = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    province_code = table.Column<string>(type: "character(4)", fixedLength: true, maxLength: 4, nullable: false),
                    province_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_municipalities", x => new { x.code, x.valid_from });
                });

            migrationBuilder.CreateIndex(
                name: "ix_municipalities_name_for_search",
                table: "municipalities",
                column: "name_for_search");

            migrationBuilder.CreateIndex(
                name: "ix_municipalities_valid_from_valid_to",
                table: "municipalities",
                columns: new[] { "valid_from", "valid_to" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "municipalities");
        }
    }
}
