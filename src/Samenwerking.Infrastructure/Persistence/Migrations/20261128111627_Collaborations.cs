using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    // xmin is PostgreSQL's own system column used as the concurrency token: EF lists it, but it must not be created.
    public partial class Collaborations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "collaborations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_for_search = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    phase = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    task_types = table.Column<string[]>(type: "text[]", nullable: false),
                    task_scope = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    governance_level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    novelty = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    multiplicity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    structure = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    legal_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    legal_instrument = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    initiative = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    tasks = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collaborations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "participants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_code = table.Column<string>(type: "character(6)", fixedLength: true, maxLength: 6, nullable: false),
                    joined_on = table.Column<DateOnly>(type: "date", nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    left_on = table.Column<DateOnly>(type: "date", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    collaboration_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participants", x => x.id);
                    table.ForeignKey(
                        name: "fk_participants_collaborations_collaboration_id",
                        column: x => x.collaboration_id,
                        principalTable: "collaborations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_legal_kind",
                table: "collaborations",
                column: "legal_kind");

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_phase",
                table: "collaborations",
                column: "phase");

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_updated_at",
                table: "collaborations",
                column: "updated_at");

            migrationBuilder.CreateIndex(
                name: "ux_collaborations_name_for_search",
                table: "collaborations",
                column: "name_for_search",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_participants_collaboration_id",
                table: "participants",
                column: "collaboration_id");

            migrationBuilder.CreateIndex(
                name: "ix_participants_municipality_code_left_on",
                table: "participants",
                columns: new[] { "municipality_code", "left_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "participants");

            migrationBuilder.DropTable(
                name: "collaborations");
        }
    }
}
