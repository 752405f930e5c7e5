using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenwerking.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class NameWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_collaborations_name_for_search",
                table: "collaborations");

            migrationBuilder.CreateTable(
                name: "collaboration_name_words",
                columns: table => new
                {
                    collaboration_id = table.Column<Guid>(type: "uuid", nullable: false),
                    word = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    next_word = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    name_for_search = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collaboration_name_words", x => new { x.collaboration_id, x.word, x.next_word });
                    table.ForeignKey(
                        name: "fk_collaboration_name_words_collaborations_collaboration_id",
                        column: x => x.collaboration_id,
                        principalTable: "collaborations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "name_words",
                columns: table => new
                {
                    word = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_name_words", x => x.word);
                });

            migrationBuilder.CreateIndex(
                name: "ix_collaboration_name_words_word_next_word",
                table: "collaboration_name_words",
                columns: new[] { "word", "next_word" })
                .Annotation("Npgsql:IndexInclude", new[] { "name_for_search", "collaboration_id" });

            migrationBuilder.CreateIndex(
                name: "ix_name_words_word",
                table: "name_words",
                column: "word")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            // The words of a name are split where SearchText.Words splits a search term: at the space and the ASCII
            // punctuation, which translate() turns into spaces first. Inserts are followed per statement (a seed of
            // thousands is one INSERT ... SELECT here), renames per row. New words enter the vocabulary in sorted order,
            // so two saves that bring the same new words wait for one another instead of deadlocking.
            migrationBuilder.Sql("""
                CREATE INDEX ix_name_words_reversed ON name_words (reverse(word));

                CREATE FUNCTION name_word_pairs(name text) RETURNS TABLE (word text, next_word text)
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT w.word, coalesce(lead(w.word) OVER (ORDER BY w.n), '')
                    FROM unnest(string_to_array(translate(name, '!"#$%&''()*+,-./:;<=>?@[\]^_`{|}~', repeat(' ', 32)), ' '))
                        WITH ORDINALITY AS w(word, n)
                    WHERE w.word <> ''
                $$;

                CREATE FUNCTION keep_name_words(collaboration_ids uuid[], names text[]) RETURNS void LANGUAGE sql AS $$
                    INSERT INTO name_words (word)
                    SELECT DISTINCT p.word FROM unnest(names) AS n(name), name_word_pairs(n.name) AS p ORDER BY p.word
                    ON CONFLICT DO NOTHING;
                    INSERT INTO collaboration_name_words (collaboration_id, word, next_word, name_for_search)
                    SELECT DISTINCT n.id, p.word, p.next_word, n.name
                    FROM unnest(collaboration_ids, names) AS n(id, name), name_word_pairs(n.name) AS p;
                $$;

                CREATE FUNCTION collaboration_name_words_follow_inserts() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM keep_name_words(array_agg(id), array_agg(name_for_search)) FROM inserted;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER collaboration_name_words_follow_inserts
                    AFTER INSERT ON collaborations REFERENCING NEW TABLE AS inserted
                    FOR EACH STATEMENT EXECUTE FUNCTION collaboration_name_words_follow_inserts();

                CREATE FUNCTION collaboration_name_words_follow_renames() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM collaboration_name_words WHERE collaboration_id = NEW.id;
                    PERFORM keep_name_words(ARRAY[NEW.id], ARRAY[NEW.name_for_search::text]);
                    RETURN NULL;
                END $$;

                CREATE TRIGGER collaboration_name_words_follow_renames
                    AFTER UPDATE OF name_for_search ON collaborations
                    FOR EACH ROW WHEN (OLD.name_for_search IS DISTINCT FROM NEW.name_for_search)
                    EXECUTE FUNCTION collaboration_name_words_follow_renames();

                SELECT keep_name_words(array_agg(id), array_agg(name_for_search)) FROM collaborations;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER collaboration_name_words_follow_renames ON collaborations;
                DROP FUNCTION collaboration_name_words_follow_renames();
                DROP TRIGGER collaboration_name_words_follow_inserts ON collaborations;
                DROP FUNCTION collaboration_name_words_follow_inserts();
                DROP FUNCTION keep_name_words(uuid[], text[]);
                DROP FUNCTION name_word_pairs(text);
                """);

            migrationBuilder.DropTable(
                name: "collaboration_name_words");

            migrationBuilder.DropTable(
                name: "name_words");

            migrationBuilder.CreateIndex(
                name: "ix_collaborations_name_for_search",
                table: "collaborations",
                column: "name_for_search")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }
    }
}
