using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ActiveParticipantCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "active_participant_count",
                table: "collaborations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // From here on the aggregate keeps the count (Collaboration.ActiveParticipantCount).
            migrationBuilder.Sql("""
                UPDATE collaborations AS c SET active_participant_count = a.active
                FROM (SELECT collaboration_id, count(*)::int AS active FROM participants WHERE left_on IS NULL GROUP BY collaboration_id) AS a
                WHERE a.collaboration_id = c.id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "active_participant_count",
                table: "collaborations");
        }
    }
}
