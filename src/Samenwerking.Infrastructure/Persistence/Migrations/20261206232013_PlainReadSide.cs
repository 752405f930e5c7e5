using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The plain read side (ADR 0011): the name search uses a trigram index on the folded name, and totals count rows.
    /// Drops the word vocabulary (migrations NameWords, NameWordLookups) and the kept counts with their folding
    /// (MunicipalityParticipationCounts, CollaborationCounts), with their triggers and functions.
    /// </summary>
    public partial class PlainReadSide : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER collaboration_name_words_follow_renames ON collaborations;
                DROP FUNCTION collaboration_name_words_follow_renames();
                DROP TRIGGER collaboration_name_words_follow_inserts ON collaborations;
                DROP FUNCTION collaboration_name_words_follow_inserts();
                DROP FUNCTION keep_name_words(uuid[], text[]);
                DROP FUNCTION name_word_pairs(text);
                DROP FUNCTION name_words_like(text);
                DROP FUNCTION name_words_reversed_between(text, text);

                DROP FUNCTION fold_collaboration_counts();
                DROP TRIGGER collaboration_counts_follow_changes ON collaborations;
                DROP TRIGGER collaboration_counts_follow_rows ON collaborations;
                DROP FUNCTION collaboration_counts_follow();

                DROP FUNCTION fold_municipality_participation_counts();
                DROP TRIGGER participation_counts_follow_changes ON participants;
                DROP TRIGGER participation_counts_follow_rows ON participants;
                DROP FUNCTION participation_counts_follow();
                """);

            migrationBuilder.DropTable(name: "collaboration_counts");
            migrationBuilder.DropTable(name: "collaboration_name_words");
            migrationBuilder.DropTable(name: "municipality_participation_counts");
            migrationBuilder.DropTable(name: "name_words");

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_name_for_search_trigrams",
                table: "collaborations",
                column: "name_for_search")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <summary>
        /// Puts back what <see cref="Up"/> dropped by running the migrations that made it once more, as they were (tables,
        /// triggers, functions, and the rows they fill in from the collaborations and participants as they are now).
        /// </summary>
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // NameWords replaced the first trigram index on the name, by that name.
            migrationBuilder.RenameIndex(
                name: "ix_collaborations_name_for_search_trigrams",
                table: "collaborations",
                newName: "ix_collaborations_name_for_search");
            migrationBuilder.Operations.AddRange(new NameWords().UpOperations);
            migrationBuilder.Operations.AddRange(new NameWordLookups().UpOperations);
            migrationBuilder.Operations.AddRange(new MunicipalityParticipationCounts().UpOperations);
            migrationBuilder.Operations.AddRange(new CollaborationCounts().UpOperations);

            // As NamesInCodePointOrder left the vocabulary's copy of the name.
            migrationBuilder.AlterColumn<string>(
                name: "name_for_search",
                table: "collaboration_name_words",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                collation: "C",
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);
        }
    }
}
