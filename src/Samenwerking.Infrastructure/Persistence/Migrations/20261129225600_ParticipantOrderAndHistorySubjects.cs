using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ParticipantOrderAndHistorySubjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ordinal",
                table: "participants",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "municipality_code",
                table: "history_entries",
                type: "character(6)",
                fixedLength: true,
                maxLength: 6,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "subject_id",
                table: "history_entries",
                type: "uuid",
                nullable: true);

            // The order existing participants were added was not kept; their ids are UUIDv7, whose leading bits are the
            // moment each was added, so that is the best order there is (the same millisecond stays as it falls).
            migrationBuilder.Sql("""
                UPDATE participants p SET ordinal = n.ordinal
                FROM (SELECT id, row_number() OVER (PARTITION BY collaboration_id ORDER BY id) AS ordinal FROM participants) n
                WHERE p.id = n.id;
                """);

            // Participant entries have always begun with the CBS code.
            migrationBuilder.Sql("""
                UPDATE history_entries SET municipality_code = substring(summary from 1 for 6)
                WHERE kind IN ('ParticipantJoined', 'ParticipantRemoved', 'ParticipantWithdrew') AND summary ~ '^GM[0-9]{4}';
                """);

            // A recorded thing and its history entry were written with the same timestamp: trace the subject where exactly one
            // matches; where none or several do, it stays unknown (null). A removed role is gone and stays unknown.
            foreach (var (kind, table, recordedAt) in new[]
                     {
                         ("DecisionRecorded", "decisions", "recorded_at"),
                         ("RoleAssigned", "role_assignments", "assigned_at"),
                         ("PhaseChanged", "phase_transitions", "recorded_at"),
                         ("EvaluationRecorded", "evaluations", "recorded_at"),
                         ("DevelopmentActivityRecorded", "development_activities", "recorded_at"),
                     })
            {
                migrationBuilder.Sql($"""
                    UPDATE history_entries h SET subject_id = s.id
                    FROM {table} s
                    WHERE h.kind = '{kind}' AND s.collaboration_id = h.collaboration_id AND s.{recordedAt} = h.occurred_at
                      AND (SELECT count(*) FROM {table} o WHERE o.collaboration_id = h.collaboration_id AND o.{recordedAt} = h.occurred_at) = 1
                      AND (SELECT count(*) FROM history_entries e
                           WHERE e.collaboration_id = h.collaboration_id AND e.kind = h.kind AND e.occurred_at = h.occurred_at) = 1;
                    """);
            }

            migrationBuilder.Sql("""
                UPDATE history_entries h SET municipality_code = d.municipality_code
                FROM decisions d WHERE h.kind = 'DecisionRecorded' AND d.id = h.subject_id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ordinal",
                table: "participants");

            migrationBuilder.DropColumn(
                name: "municipality_code",
                table: "history_entries");

            migrationBuilder.DropColumn(
                name: "subject_id",
                table: "history_entries");
        }
    }
}
