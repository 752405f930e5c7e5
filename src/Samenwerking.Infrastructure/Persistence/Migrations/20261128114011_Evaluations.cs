using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Infrastructure.Persistence.Migrations
{
    // xmin is PostgreSQL's own system column used as the concurrency token: EF lists it, but it must not be created.
    /// <inheritdoc />
    public partial class Evaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "evaluation_interval_years",
                table: "collaborations",
                type: "integer",
                nullable: false,
                defaultValue: 4);

            migrationBuilder.AddColumn<DateOnly>(
                name: "last_evaluated_on",
                table: "collaborations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "next_evaluation_due",
                table: "collaborations",
                type: "date",
                nullable: true);

            // Collaborations already in doorontwikkeling get the due date the aggregate would compute: no evaluation
            // yet, so the date doorontwikkeling began (its transition, or the registration's start) plus the default
            // interval. PostgreSQL adds years as the domain does: 29 February plus a year is 28 February.
            migrationBuilder.Sql("""
                UPDATE collaborations c
                SET next_evaluation_due = (COALESCE(
                        (SELECT max(t.effective_on) FROM phase_transitions t
                         WHERE t.collaboration_id = c.id AND t."to" = 'Doorontwikkeling'),
                        c.first_recorded_phase_started_on) + make_interval(years => 4))::date
                WHERE c.phase = 'Doorontwikkeling';
                """);

            migrationBuilder.CreateTable(
                name: "development_activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    collaboration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    attendee_count = table.Column<int>(type: "integer", nullable: false),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_development_activities", x => x.id);
                    table.ForeignKey(
                        name: "fk_development_activities_collaborations_collaboration_id",
                        column: x => x.collaboration_id,
                        principalTable: "collaborations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_frameworks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_for_search = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    in_use = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    criteria = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluation_frameworks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "evaluations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    collaboration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    framework_id = table.Column<Guid>(type: "uuid", nullable: false),
                    evaluated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    evaluator = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    findings = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by_subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recommendations = table.Column<string>(type: "jsonb", nullable: true),
                    scores = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluations", x => x.id);
                    table.ForeignKey(
                        name: "fk_evaluations_collaborations_collaboration_id",
                        column: x => x.collaboration_id,
                        principalTable: "collaborations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_evaluations_evaluation_frameworks_framework_id",
                        column: x => x.framework_id,
                        principalTable: "evaluation_frameworks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_next_evaluation_due",
                table: "collaborations",
                column: "next_evaluation_due");

            migrationBuilder.CreateIndex(
                name: "ix_development_activities_collaboration_id_held_on",
                table: "development_activities",
                columns: new[] { "collaboration_id", "held_on" });

            migrationBuilder.CreateIndex(
                name: "ux_evaluation_frameworks_name_for_search",
                table: "evaluation_frameworks",
                column: "name_for_search",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_evaluations_collaboration_id_evaluated_on",
                table: "evaluations",
                columns: new[] { "collaboration_id", "evaluated_on" });

            migrationBuilder.CreateIndex(
                name: "ix_evaluations_framework_id",
                table: "evaluations",
                column: "framework_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "development_activities");

            migrationBuilder.DropTable(
                name: "evaluations");

            migrationBuilder.DropTable(
                name: "evaluation_frameworks");

            migrationBuilder.DropIndex(
                name: "ix_collaborations_next_evaluation_due",
                table: "collaborations");

            migrationBuilder.DropColumn(
                name: "evaluation_interval_years",
                table: "collaborations");

            migrationBuilder.DropColumn(
                name: "last_evaluated_on",
                table: "collaborations");

            migrationBuilder.DropColumn(
                name: "next_evaluation_due",
                table: "collaborations");
        }
    }
}
