using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PhasesDecisionsRolesHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "first_recorded_phase_started_on",
                table: "collaborations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "operating_since",
                table: "collaborations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "registered_in_phase",
                table: "collaborations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    municipality_code = table.Column<string>(type: "character(6)", fixedLength: true, maxLength: 6, nullable: false),
                    body = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reference = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    collaboration_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_decisions_collaborations_collaboration_id",
                        column: x => x.collaboration_id,
                        principalTable: "collaborations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "history_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    actor_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    actor_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    collaboration_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_history_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_history_entries_collaborations_collaboration_id",
                        column: x => x.collaboration_id,
                        principalTable: "collaborations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "phase_transitions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    to = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    effective_on = table.Column<DateOnly>(type: "date", nullable: false),
                    rationale = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    recorded_by_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    collaboration_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_phase_transitions", x => x.id);
                    table.ForeignKey(
                        name: "fk_phase_transitions_collaborations_collaboration_id",
                        column: x => x.collaboration_id,
                        principalTable: "collaborations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "role_assignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    person_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    working_group = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    assigned_in_phase = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    collaboration_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_role_assignments_collaborations_collaboration_id",
                        column: x => x.collaboration_id,
                        principalTable: "collaborations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_decisions_collaboration_id",
                table: "decisions",
                column: "collaboration_id");

            migrationBuilder.CreateIndex(
                name: "ix_history_entries_collaboration_id_occurred_at",
                table: "history_entries",
                columns: new[] { "collaboration_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_phase_transitions_collaboration_id",
                table: "phase_transitions",
                column: "collaboration_id");

            migrationBuilder.CreateIndex(
                name: "ix_role_assignments_collaboration_id",
                table: "role_assignments",
                column: "collaboration_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "decisions");

            migrationBuilder.DropTable(
                name: "history_entries");

            migrationBuilder.DropTable(
                name: "phase_transitions");

            migrationBuilder.DropTable(
                name: "role_assignments");

            migrationBuilder.DropColumn(
                name: "first_recorded_phase_started_on",
                table: "collaborations");

            migrationBuilder.DropColumn(
                name: "operating_since",
                table: "collaborations");

            migrationBuilder.DropColumn(
                name: "registered_in_phase",
                table: "collaborations");
        }
    }
}
